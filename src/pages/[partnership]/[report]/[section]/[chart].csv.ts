// One chart's values as CSV (RFC 4180, UTF-8 with a byte-order mark), laid out like its table.
import type { APIRoute } from 'astro';
import { getSite } from '../../../../lib/content';
import { chartCsv } from '../../../../lib/chart-export';
import type { SiteChart } from '../../../../lib/site';

export async function getStaticPaths() {
  const site = await getSite();
  return site.sections.flatMap((section) =>
    section.charts.map((chart) => ({
      params: { partnership: section.report.partnership.id, report: section.report.slug, section: section.slug, chart: chart.id },
      props: { chart },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: SiteChart };
  return new Response(chartCsv(chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
