// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeAbbreviations } from './src/lib/rehype-abbreviations.mjs';
import { rehypeExternalLinks } from './src/lib/rehype-external-links.mjs';
import { rehypeFormerAnchors, rehypeHeadingLinks } from './src/lib/rehype-heading-anchors.mjs';
import { rehypeSearchSpacing } from './src/lib/rehype-search-spacing.mjs';
import { rehypeTableWrap } from './src/lib/rehype-table-wrap.mjs';

export default defineConfig({
  // The public address; canonical URLs, link previews and the sitemap are built from it.
  site: process.env.SITE_URL ?? 'https://safeguarding-reports.example.org',
  // OUT_DIR lets tests build fixtures without touching the real dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Another content folder gets its own cache beside it: Astro skips unchanged entries by digest, so a
  // shared cache would keep file paths from a copy of the same content in another (deleted) folder.
  cacheDir: process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/../.astro-cache` : undefined,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Astro's heading ids first (so later plugins see them), then former ids, copyable links,
    // glossary explanations, safe external links and tables that scroll in their own box.
    rehypePlugins: [rehypeHeadingIds, rehypeFormerAnchors, rehypeHeadingLinks, rehypeAbbreviations, rehypeExternalLinks, rehypeTableWrap, rehypeSearchSpacing],
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
