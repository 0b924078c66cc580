// Every page a reader can land on (redirects and drafts are left out).
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content';
import { sitemapPaths } from '../lib/sitemap';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  const urls = sitemapPaths(site).map((path) => `  <url><loc>${new URL(path, base).href}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
