// Each partnership's accent colour as a stylesheet, so pages need no inline styles (the CSP forbids them).
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const rules = site.partnerships.map((partnership) => `[data-partnership='${partnership.id}'] { --app-accent: ${partnership.data.accent}; }`);
  return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
