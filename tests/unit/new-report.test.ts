// The editors' scaffold: next year's report from the latest one, as a draft.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../scripts/lib/content-files';
import { buildSite } from '../../src/lib/site';
import { sitemapPaths } from '../../src/lib/sitemap';
import { copyFixture, edit } from './helpers';

/** Runs the scaffold. Asynchronous, so the test worker stays responsive on a loaded machine. */
function scaffold(root: string, ...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/new-report.ts', '--root', root, ...args]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('npm run new-report', () => {
  const root = copyFixture();
  let result: { status: number | null; stderr: string };
  beforeAll(async () => {
    result = await scaffold(root, '--partnership', 'example', '--period', '2025-26');
  }, 120_000);
  const folder = join(root, 'content/reports/example/2025-26');

  it('creates the report and every section of the latest report', () => {
    expect(result.status).toBe(0);
    expect(existsSync(join(folder, 'report.yaml'))).toBe(true);
    expect(existsSync(join(folder, 'lado.mdx'))).toBe(true);
  });

  it('keeps titles, headings and catalogue ids but empties values and text', () => {
    const section = readFileSync(join(folder, 'lado.mdx'), 'utf8');
    expect(section).toContain('title: Concerns about adults who work with children');
    expect(section).toContain('catalogue: lado-contacts');
    expect(section).toContain('value: null');
    expect(section).toContain('## What happened');
    expect(section).not.toContain('287');
    expect(section).not.toContain('more contacts than last year');
  });

  it('makes a draft that passes the content check and shifts the period by a year', () => {
    const { problems, content } = loadContentFiles(root);
    expect(problems).toEqual([]);
    const report = content.reports.find((entry) => entry.id === 'example/2025-26')!;
    expect(report.data).toMatchObject({ draft: true, period: { label: '2025-26', start: new Date('2025-04-01'), end: new Date('2026-03-31') } });
  });

  it('leaves the draft out of the production site and its sitemap', () => {
    const { content } = loadContentFiles(root);
    const input = { ...content, sections: content.sections.map((section) => ({ ...section, source: null })), helpContacts: [], helpTopics: [] };
    expect(sitemapPaths(buildSite({ ...input, includeDrafts: false }))).not.toContain('/example/2025-26/');
    expect(sitemapPaths(buildSite({ ...input, includeDrafts: true }))).toContain('/example/2025-26/');
  });

  it('stops a published report that still has writing prompts', () => {
    edit(root, 'content/reports/example/2025-26/report.yaml', (text) => text.replace(/^draft: true$/m, 'draft: false'));
    const problems = loadContentFiles(root).problems;
    expect(problems.some((problem) => problem.file.endsWith('2025-26/lado.mdx') && /TODO/.test(problem.message))).toBe(true);
  });

  it('refuses a partnership that does not exist', { timeout: 120_000 }, async () => {
    const refused = await scaffold(copyFixture(), '--partnership', 'nowhere', '--period', '2025-26');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('there is no partnership "nowhere"');
  });

  it('refuses a period or partnership that is not a slug, so nothing is written outside content/', { timeout: 240_000 }, async () => {
    const fresh = copyFixture();
    for (const args of [
      ['--partnership', 'example', '--period', '../../../escape'],
      ['--partnership', '../example', '--period', '2025-26'],
    ]) {
      const refused = await scaffold(fresh, ...args);
      expect(refused.status, args.join(' ')).not.toBe(0);
      expect(refused.stderr).toMatch(/new-report: --(period|partnership): .*not a valid web address segment/);
    }
    expect(existsSync(join(fresh, 'escape'))).toBe(false);
  });
});
