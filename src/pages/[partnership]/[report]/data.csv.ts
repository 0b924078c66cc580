// Every figure and chart value of a report as CSV (RFC 4180, UTF-8 with a byte-order mark).
import type { APIRoute } from 'astro';
import { getSite, type AppReport } from '../../../lib/content';
import { reportRows, toCsv } from '../../../lib/data-export';

export async function getStaticPaths() {
  const site = await getSite();
  return site.reports.map((report) => ({ params: { partnership: report.partnership.id, report: report.slug }, props: { report } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const report = (props as { report: AppReport }).report;
  return new Response(toCsv(reportRows(report, site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
