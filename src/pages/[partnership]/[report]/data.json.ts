// Every figure and chart value of a report as JSON, with the report's own details.
import type { APIRoute } from 'astro';
import { getReportPaths, type AppReport } from '../../../lib/content';
import { citationFields } from '../../../lib/citation';
import { reportRows } from '../../../lib/data-export';
import { changesData } from '../../../lib/report-status';

export async function getStaticPaths() {
  return getReportPaths();
}

export const GET: APIRoute = ({ props, site }) => {
  const report = (props as { report: AppReport }).report;
  const body = {
    report: report.id,
    title: report.data.title,
    partnership: report.partnership.data.name,
    kind: report.data.kind,
    period: { start: report.data.period.start.toISOString().slice(0, 10), end: report.data.period.end.toISOString().slice(0, 10), label: report.data.period.label },
    citation: citationFields(report.data.citation),
    changes: changesData(report.data.changes),
    url: new URL(report.url, site).href,
    rows: reportRows(report, site!),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
