// @ts-check
import { defineConfig } from 'astro/config';
import { resolveSiteUrl, siteUrlWarning } from './scripts/lib/site-url.mjs';

// SITE_URL: required with PUBLISH=1; otherwise http://localhost:4321 with a loud warning (docs/PUBLISHING.md).
const siteUrl = resolveSiteUrl(process.env);

export default defineConfig({
  // The public address; canonical URLs, link previews and the sitemap are built from it.
  site: siteUrl.url,
  // OUT_DIR lets tests build fixtures without touching the real dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Another content folder gets its own cache beside it: Astro skips unchanged entries by digest, so a
  // shared cache would keep file paths from a copy of the same content in another (deleted) folder.
  cacheDir: process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/../.astro-cache` : undefined,
  trailingSlash: 'always',
  integrations: [siteUrlWarning(siteUrl)],
  // No MDX integration: section bodies (.mdx) are read as data and rendered to HTML by the content
  // loader (src/lib/mdx/), with its own remark/rehype plugins; no section is compiled to code.
  build: {
    // External stylesheets keep the Content-Security-Policy free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Astro inlines small scripts into the HTML by default; the CSP forbids inline script.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
