// The site's picture for shared links to pages outside any one report (og:image): 1200 × 630 PNG.
import type { APIRoute } from 'astro';
import { previewPng } from '../lib/preview-image';

export const GET: APIRoute = async () => {
  const png = await previewPng({
    eyebrow: 'Safeguarding Children Partnership Reports',
    title: 'What local partnerships do to keep children safe',
    detail: 'Annual reports, plans and reviews, in plain words',
    accent: '#1d5a8c',
  });
  // sharp gives a Node Buffer; a plain Uint8Array copy satisfies the DOM's BodyInit type.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
