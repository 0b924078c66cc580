// The real build stops on bad content, naming the file and the field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
