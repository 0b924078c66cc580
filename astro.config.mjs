// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeAbbreviations } from './src/lib/rehype-abbreviations.mjs';
import { rehypeExternalLinks } from './src/lib/rehype-external-links.mjs';
import { rehypeFormerAnchors, rehypeHeadingLinks } from './src/lib/rehype-heading-anchors.mjs';
import { rehypeTableWrap } from './src/lib/rehype-table-wrap.mjs';
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
  integrations: [mdx(), siteUrlWarning(siteUrl)],
  markdown: {
    // Astro's heading ids first (so later plugins see them), then former ids, copyable links,
    // glossary explanations, safe external links and tables that scroll in their own box.
    rehypePlugins: [rehypeHeadingIds, rehypeFormerAnchors, rehypeHeadingLinks, rehypeAbbreviations, rehypeExternalLinks, rehypeTableWrap],
  },
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
