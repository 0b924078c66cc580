// The report's picture for shared links (og:image), drawn at build time: 1200 × 630 PNG.
import type { APIRoute } from 'astro';
import { getReportPaths, type AppReport } from '../../../lib/content';
import { KIND_NAMES } from '../../../lib/format';
import { previewPng } from '../../../lib/preview-image';

export async function getStaticPaths() {
  return getReportPaths();
}

export const GET: APIRoute = async ({ props }) => {
  const report = (props as { report: AppReport }).report;
  const png = await previewPng({
    eyebrow: report.partnership.data.name,
    title: report.data.title,
    detail: `${KIND_NAMES[report.data.kind]} · ${report.data.period.label}`,
    accent: report.partnership.data.accent,
  });
  // sharp gives a Node Buffer; a plain Uint8Array copy satisfies the DOM's BodyInit type.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
