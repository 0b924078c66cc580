// Every figure and chart value of a report as CSV (RFC 4180, UTF-8 with a byte-order mark).
import type { APIRoute } from 'astro';
import { getReportPaths, type AppReport } from '../../../lib/content';
import { reportRows, toCsv } from '../../../lib/data-export';

export async function getStaticPaths() {
  return getReportPaths();
}

export const GET: APIRoute = ({ props, site }) => {
  const report = (props as { report: AppReport }).report;
  return new Response(toCsv(reportRows(report, site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
