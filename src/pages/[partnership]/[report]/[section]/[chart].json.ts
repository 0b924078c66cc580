// One chart's values as JSON, with its title, unit, period, source page and note.
import type { APIRoute } from 'astro';
import { getSite, type AppSection } from '../../../../lib/content';
import { chartJson } from '../../../../lib/chart-export';
import type { SiteChart } from '../../../../lib/site';

export async function getStaticPaths() {
  const site = await getSite();
  return site.sections.flatMap((section) =>
    section.charts.map((chart) => ({
      params: { partnership: section.report.partnership.id, report: section.report.slug, section: section.slug, chart: chart.id },
      props: { chart, section },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { chart, section } = props as { chart: SiteChart; section: AppSection };
  return new Response(`${JSON.stringify(chartJson(chart, section, site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
