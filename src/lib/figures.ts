// One measure across every year and partnership that reports it, for `/figures/<id>/`.
import type { Site, SitePartnership, SiteReport, SiteSection } from './site';
import type { Unit } from '../schemas/common';

export interface MeasurePoint {
  partnership: SitePartnership;
  /** The period the value covers, as the source labels it. */
  period: string;
  value: number | null;
  unit: Unit;
  /** Where the value is published on this site. */
  url: string;
  section: SiteSection;
  report: SiteReport;
  sourcePage: number;
  note?: string | undefined;
  /** True when the value is the comparison printed beside a later year's figure. */
  fromComparison: boolean;
  /** Sort key: the start of the report period (comparisons sort one step earlier). */
  sortKey: number;
}

/** Every value of a catalogued measure, oldest first, by partnership. */
export function measurePoints(site: Site, id: string): MeasurePoint[] {
  const points: MeasurePoint[] = [];
  for (const section of site.sections) {
    for (const metric of section.metrics) {
      if (metric.catalogue !== id) continue;
      const base = {
        partnership: section.report.partnership,
        unit: metric.unit,
        url: `${section.url}#figure-${metric.id}`,
        section,
        report: section.report,
        sourcePage: metric.sourcePage,
      };
      const start = section.report.data.period.start.getTime();
      points.push({ ...base, period: metric.period, value: metric.value, note: metric.note, fromComparison: false, sortKey: start });
      if (metric.comparison && !metric.comparison.label) {
        points.push({
          ...base,
          period: metric.comparison.period,
          value: metric.comparison.value,
          note: `Published as the comparison beside the ${metric.period} figure.`,
          fromComparison: true,
          sortKey: start - 1,
        });
      }
    }
  }
  // A value published in its own year's report wins over the same period quoted as a comparison.
  const direct = new Set(points.filter((point) => !point.fromComparison).map((point) => `${point.partnership.id}|${normalisePeriod(point.period)}`));
  return points
    .filter((point) => !point.fromComparison || !direct.has(`${point.partnership.id}|${normalisePeriod(point.period)}`))
    .sort((a, b) => a.sortKey - b.sortKey || a.partnership.data.order - b.partnership.data.order);
}

/** Reduces `2023/24`, `2023-24` and `2023-2024` to one form so the same period is recognised. */
export function normalisePeriod(period: string): string {
  return period.trim().replace(/^(\d{4})[/-–](\d{2})(\d{2})?$/, (_, start: string, a: string, b?: string) => `${start}-${b ?? a}`);
}

/** Catalogue ids that have at least one value on the site, grouped by theme. */
export function measuresByTheme(site: Site): { theme: string; measures: { id: string; title: string; count: number }[] }[] {
  const themes = new Map<string, { id: string; title: string; count: number }[]>();
  for (const [id, entry] of site.catalogue) {
    const count = measurePoints(site, id).length;
    if (count === 0) continue;
    themes.set(entry.theme, [...(themes.get(entry.theme) ?? []), { id, title: entry.title, count }]);
  }
  return [...themes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([theme, measures]) => ({ theme, measures: measures.sort((a, b) => a.title.localeCompare(b.title)) }));
}
