// Sections rendered on several threads (the loader's render pool) come out exactly as on one: the
// same HTML, headings, notes, data and problems, in the same order, for every real section.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSectionFiles, readContentText } from '../../src/lib/mdx/files';
import { renderSections } from '../../src/lib/mdx/render-pool';

const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');
const srcDir = join(root, 'src');

describe('the section render pool', () => {
  it('renders every real section on three threads exactly as on one', { timeout: 120_000 }, async () => {
    const { files } = listSectionFiles(join(contentDir, 'reports'), (path) => relative(root, path));
    const jobs = files.map(({ path, id }) => ({ id, file: relative(root, path), text: readContentText(path) }));
    // One broken section, so problems travel back from a worker too.
    jobs.push({ id: 'broken/section/x', file: 'content/reports/broken/section/x.mdx', text: '---\norder: first\n---\n<Unknown />\n' });
    const warnings: string[] = [];
    const one = await renderSections(jobs, { contentDir, srcDir, threads: 1 });
    const three = await renderSections(jobs, { contentDir, srcDir, threads: 3, minPerThread: 1, warn: (message) => warnings.push(message) });
    expect(warnings).toEqual([]);
    expect(three.map((result) => result.id)).toEqual(jobs.map((job) => job.id));
    expect(three).toEqual(one);
    expect(one.filter((result) => !result.ok).map((result) => result.id)).toEqual(['broken/section/x']);
  });
});
