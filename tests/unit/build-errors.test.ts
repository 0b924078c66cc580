// The real build (`npm run build` = scripts/build.mjs) stops on bad content with the same message as
// the content check, and a failed build at any stage leaves the previous site byte for byte as it
// was, with no temporary folder beside it. Each build costs CPU, so these tests are few.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, edit, problemsIn, SECTION } from './helpers';

/** A folder holding a "previous site" at `<folder>/site`, to be replaced by a build. */
function previousSite(): { parent: string; out: string } {
  const parent = mkdtempSync(join(tmpdir(), 'build-'));
  const out = join(parent, 'site');
  mkdirSync(join(out, 'nested'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>The previous site</title>');
  writeFileSync(join(out, 'nested', 'page.html'), 'previous page');
  return { parent, out };
}

/** Every file under a folder with its bytes, to compare before and after. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(folder);
  return files;
}

/** Runs `npm run build`'s script on a content folder. Asynchronous, so the test worker stays responsive during a long build. */
function build(root: string, out: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/build.mjs'], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs a build that must fail, and checks that it left the previous site whole and nothing beside it. */
async function failingBuild(root: string) {
  const { parent, out } = previousSite();
  const before = snapshot(out);
  const result = await build(root, out);
  expect(result.status, result.output.slice(-2000)).not.toBe(0);
  expect(result.output).toMatch(/Nothing was published: .* is unchanged/);
  expect(snapshot(out)).toEqual(before);
  expect(readdirSync(parent)).toEqual(['site']);
  return result;
}

describe('a failed build', () => {
  it('stops on a wrong type in a section with the content check’s message, and publishes nothing', { timeout: 180_000 }, async () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('order: 1', 'order: first'));
    const [problem] = problemsIn(root);
    const { output } = await failingBuild(root);
    expect(output).toContain('lado.mdx');
    expect(output).toContain('order');
    expect(output).toContain(problem!.message);
  });

  it('stops during page generation on cross-file and plausibility problems, each with the content check’s message, and publishes nothing', { timeout: 240_000 }, async () => {
    const root = copyFixture();
    const chart = /( {2}- title: Where contacts came from[\s\S]*?sourcePage: 22\n)/;
    edit(root, SECTION, (text) =>
      text
        .replace('catalogue: lado-contacts', 'catalogue: lado-contact')
        .replace('value: 285', 'value: 1e308')
        .replace('sourcePages: [22]', 'sourcePages: [22, 400]')
        .replace('title: Concerns', 'title: \u202EConcerns')
        .replace('aliases: [allegations]', 'aliases: [allegations, print]')
        .replace(chart, (block) => `${block.replace('- title:', '- id: sources\n    title:')}${block.replace('- title:', '- id: sources\n    title:')}`),
    );
    const problems = problemsIn(root);
    expect(problems.length).toBeGreaterThanOrEqual(6);
    const { output } = await failingBuild(root);
    expect(output).toContain('reports/example/2024-25/lado.mdx');
    for (const problem of problems) expect(output).toContain(`${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
  });

  it('stops when the link check fails on the new site, and publishes nothing', { timeout: 240_000 }, async () => {
    const root = copyFixture();
    // The page exists (so the content check passes) but the heading does not: only the link check sees it.
    edit(root, SECTION, (text) => text.replace('(/example/2023-24/lado/)', '(/example/2023-24/lado/#no-such-heading)'));
    expect(problemsIn(root)).toEqual([]);
    const { output } = await failingBuild(root);
    expect(output).toContain('Build failed at "link check"');
    expect(output).toContain('/example/2024-25/lado/: link to /example/2023-24/lado/#no-such-heading names #no-such-heading');
  });
});

describe('a built fixture site', () => {
  const root = copyFixture();
  edit(root, 'content/reports/example/2023-24/report.yaml', (text) => `${text}draft: true\n`);
  // A link into the draft would (rightly) fail the link check.
  edit(root, SECTION, (text) => text.replace(' See [last year](/example/2023-24/lado/).', ''));
  const { parent, out } = previousSite();
  let result: { status: number | null; output: string };
  beforeAll(async () => {
    result = await build(root, out);
  }, 240_000);
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('builds, indexes and link-checks the OUT_DIR folder, then replaces the previous site with it', () => {
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(existsSync(join(out, 'nested'))).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(result.output).toContain('Link check passed');
    expect(readdirSync(parent)).toEqual(['site']);
  });
  it('publishes only the site: none of the files Astro generates for itself', () => {
    // Astro copies its `.astro/` folder into an output folder outside the project.
    for (const name of ['collections', 'content-assets.mjs', 'content-modules.mjs', 'data-store.json', 'types.d.ts']) expect(existsSync(join(out, name)), name).toBe(false);
    const files = snapshot(out);
    expect(Object.keys(files).filter((file) => /\.(mjs|ts|map)$/.test(file))).toEqual([]);
  });
  it('renders again only the section edited since the last build (the content cache survives between builds)', { timeout: 240_000 }, async () => {
    expect(result.output).toContain('Rendered 3 of 3 sections');
    edit(root, SECTION, (text) => `${text}\nOne more sentence.\n`);
    const again = await build(root, out);
    expect(again.status, again.output.slice(-2000)).toBe(0);
    expect(again.output).toContain('Rendered 1 of 3 sections');
    expect(page('example/2024-25/lado')).toContain('One more sentence.');
  });
  it('sends a former section slug to the section, with a canonical link and a plain link', () => {
    const html = page('example/2024-25/allegations');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/example/2024-25/lado/">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/example\/2024-25\/lado\/">/);
    expect(html).toContain('<a href="/example/2024-25/lado/">');
  });
  it('keeps a former heading anchor working after the heading is reworded', () => {
    expect(page('example/2024-25/lado')).toMatch(/<h2 id="what-comes-next"><span id="next-steps"><\/span>/);
  });
  it('leaves a draft report out of the built site and its sitemap', () => {
    expect(existsSync(join(out, 'example/2024-25/index.html'))).toBe(true);
    expect(existsSync(join(out, 'example/2023-24/index.html'))).toBe(false);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).not.toContain('/example/2023-24/');
  });
});
