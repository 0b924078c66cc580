// The real build stops on bad content, naming the file and the field.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, SECTION } from './helpers';

function build(root: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: mkdtempSync(join(tmpdir(), 'build-')), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the build', () => {
  it('stops on a wrong type in a section, naming the file and the field', { timeout: 120_000 }, () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('order: 1', 'order: first'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('lado.mdx');
    expect(output).toMatch(/order/);
  });

  it('stops on a cross-file problem, naming the file and the fix', { timeout: 120_000 }, () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('catalogue: lado-contacts', 'catalogue: lado-contact'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('reports/example/2024-25/lado.mdx');
    expect(output).toContain('Unknown metric catalogue id "lado-contact"');
  });
});

describe('a built fixture site', () => {
  const root = copyFixture();
  edit(root, 'content/reports/example/2023-24/report.yaml', (text) => `${text}draft: true\n`);
  const out = mkdtempSync(join(tmpdir(), 'build-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('builds', { timeout: 120_000 }, () => {
    expect(result.status, result.stderr).toBe(0);
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
