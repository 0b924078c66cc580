// Builds the chart(s) for a measure page: one line across partnerships when the catalogue says
// their definitions match, otherwise one chart per partnership.
import type { CatalogueData } from '../schemas/catalogue';
import type { MeasurePoint } from './figures';
import { normalisePeriod } from './figures';
import type { SiteChart } from './site';

export function measureChart(measure: CatalogueData & { id: string }, points: MeasurePoint[]): SiteChart[] {
  const partnerships = [...new Set(points.map((point) => point.partnership))];
  const groups = measure.comparableAcrossPartnerships ? [partnerships] : partnerships.map((partnership) => [partnership]);
  return groups.map((group) => {
    const groupPoints = points.filter((point) => group.includes(point.partnership));
    const periods = [...new Set(groupPoints.map((point) => normalisePeriod(point.period)))];
    const labelFor = (period: string) => groupPoints.find((point) => normalisePeriod(point.period) === period)!.period;
    const names = group.map((partnership) => partnership.data.shortName).join(' and ');
    return {
      id: group.length === 1 ? `${measure.id}-${group[0]!.id}` : measure.id,
      title: `${measure.title}, ${names}`,
      type: periods.length > 2 ? 'line' : 'bar',
      unit: measure.unit,
      period: periods.length > 1 ? 'every period reported' : labelFor(periods[0]!),
      labels: periods.map(labelFor),
      datasets: group.map((partnership) => ({
        label: partnership.data.shortName,
        data: periods.map((period) => groupPoints.find((point) => point.partnership === partnership && normalisePeriod(point.period) === period)?.value ?? null),
      })),
      description: `${measure.title} for ${names}, in each period reported.`,
      sourcePage: groupPoints[0]!.sourcePage,
    } satisfies SiteChart;
  });
}
