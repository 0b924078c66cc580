// Test helpers: copy the valid fixture site to a temporary folder, break one file, check it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentFiles } from '../../scripts/lib/content-files';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site');

/** A fresh copy of the valid fixture site; returns its root folder. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Rewrites one file of a fixture copy. */
export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** The problems the content check finds in a fixture copy. */
export function problemsIn(root: string) {
  return loadContentFiles(root).problems;
}

export const SECTION = 'content/reports/example/2024-25/lado.mdx';
