// The HTML validation step of `npm test` (scripts/validate-html.mjs) fails on invalid pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Test page</title></head><body><main>${body}</main></body></html>`;

function validate(body: string) {
  const folder = mkdtempSync(join(tmpdir(), 'validate-html-'));
  writeFileSync(join(folder, 'index.html'), page(body));
  return spawnSync('node', ['scripts/validate-html.mjs', folder], { encoding: 'utf8' });
}

// Each case starts node and html-validate: allow for a busy machine.
const SLOW = 30_000;

describe('HTML validation step', () => {
  it('passes a valid page', () => {
    const result = validate('<h1 id="title">Title</h1><p><a href="#title">Back to the title</a></p>');
    expect(result.stdout).toContain('HTML valid: 1 pages, 0 errors.');
    expect(result.status).toBe(0);
  }, SLOW);
  it('fails a page with the same id twice, naming the rule', () => {
    const result = validate('<h1 id="challenges">Title</h1><h2 id="challenges">Challenges</h2>');
    expect(result.stdout).toContain('no-dup-id');
    expect(result.status).toBe(1);
  }, SLOW);
});
