// Shared by the browser tests: the built sitemap and the content the site was built from.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContentFiles } from '../../scripts/lib/content-files';

/** The built site the tests read: `$OUT_DIR` when set, as the build and `astro preview` use it. */
export const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/** Every path in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(OUT_DIR, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** The content files the build read (CONTENT_DIR when set, as the build does). */
export function builtContent() {
  const root = process.env.CONTENT_DIR ? dirname(process.env.CONTENT_DIR) : process.cwd();
  return loadContentFiles(root).content;
}

/** Headless Chromium is offline here: answer the neutral exit site with a tiny page instead. */
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
