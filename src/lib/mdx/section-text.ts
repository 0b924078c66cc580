// Where a section's rendered HTML and its Markdown are kept between the content loader and the pages.
// Not in Astro's content store: the store becomes one JavaScript module in the build, which Vite then
// bundles, so its size drives the build's time and memory (about 300 MB at 20,000 pages). The store
// keeps each section's checked frontmatter, headings and notes; the two long texts go to one small
// file per section, named by the section's digest, in the build cache.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SectionMetadata } from './section-file';

/** What the store keeps in `rendered.metadata`: headings, notes and where the texts are. */
export interface StoredSectionMetadata extends SectionMetadata {
  textFile: string;
}

/** A section's two long texts. */
export interface SectionText {
  html: string;
  body: string;
}

/** The folder of section texts inside a build cache folder, created if need be. */
export function sectionTextDir(cacheDir: string): string {
  const dir = join(cacheDir, 'section-text');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const sectionTextFile = (dir: string, digest: string) => join(dir, `${digest}.json`);

export function writeSectionText(path: string, text: SectionText): void {
  writeFileSync(path, JSON.stringify(text));
}

/** Removes the texts of sections that are no longer in the store (edited or deleted). */
export function pruneSectionTexts(dir: string, keep: Set<string>): void {
  for (const name of readdirSync(dir)) if (!keep.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}

/** Reads a stored section's texts. */
export function readSectionText(metadata: unknown): SectionText {
  const textFile = (metadata as Partial<StoredSectionMetadata> | undefined)?.textFile;
  if (!textFile || !existsSync(textFile)) {
    throw new Error(`A section's rendered text is missing from the build cache (${textFile ?? 'no file named'}). Run the build again; if it persists, delete node_modules/.astro.`);
  }
  return JSON.parse(readFileSync(textFile, 'utf8')) as SectionText;
}
