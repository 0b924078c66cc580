// One measure across every year, partnership and area that reports it, for `/figures/` and
// `/figures/<id>/`, and the "compared with the previous report" table on report overviews.
import type { Site, SitePartnership, SiteReport, SiteSection } from './site';
import type { Unit } from '../schemas/common';
import type { Metric } from '../schemas/metric';
import { periodKey, periodPosition, type Period } from './period';

export interface MeasurePoint {
  partnership: SitePartnership;
  /** The place the value is for, e.g. `Islington`, `Hackney`, `City of London`. */
  area: string;
  period: Period;
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
  /** Middle of the period in fractional years; null when the period is not stated (never plotted). */
  position: number | null;
}

/** The area a figure is for: its own `area`, else the partnership's (`defaultArea`, else its short name). */
export function areaOf(metric: Pick<Metric, 'area'>, partnership: SitePartnership): string {
  return metric.area ?? partnership.data.defaultArea ?? partnership.data.shortName;
}

/** Orders points by time (unstated periods last), then by area. */
export function byTime(a: MeasurePoint, b: MeasurePoint): number {
  const pa = a.position ?? Number.POSITIVE_INFINITY;
  const pb = b.position ?? Number.POSITIVE_INFINITY;
  return pa - pb || a.area.localeCompare(b.area) || Number(a.fromComparison) - Number(b.fromComparison);
}

/** Every value of a catalogued measure, in time order. */
export function measurePoints(site: Site, id: string): MeasurePoint[] {
  const points: MeasurePoint[] = [];
  for (const section of site.sections) {
    for (const metric of section.metrics) {
      if (metric.catalogue !== id) continue;
      const partnership = section.report.partnership;
      const area = areaOf(metric, partnership);
      const base = {
        partnership,
        unit: metric.unit,
        url: `${section.url}#figure-${metric.id}`,
        section,
        report: section.report,
        sourcePage: metric.sourcePage,
      };
      points.push({ ...base, area, period: metric.period, value: metric.value, note: metric.note, fromComparison: false, position: periodPosition(metric.period) });
      if (metric.comparison && !metric.comparison.label) {
        points.push({
          ...base,
          area: metric.comparison.area ?? area,
          period: metric.comparison.period,
          value: metric.comparison.value,
          note: `Published as the comparison beside the ${metric.period.label} figure.`,
          fromComparison: true,
          position: periodPosition(metric.comparison.period),
        });
      }
    }
  }
  // A value published in its own year's report wins over the same period quoted as a comparison,
  // and the same comparison quoted twice is listed once. Unstated periods are never merged.
  const key = (point: MeasurePoint) => `${point.area}|${periodKey(point.period)}`;
  const direct = new Set(points.filter((point) => !point.fromComparison && point.period.start).map(key));
  const seen = new Set<string>();
  return points
    .filter((point) => {
      if (!point.fromComparison || !point.period.start) return true;
      if (direct.has(key(point)) || seen.has(key(point))) return false;
      seen.add(key(point));
      return true;
    })
    .sort(byTime);
}

/** The latest value with a stated period (else the first value listed). */
export function latestPoint(points: readonly MeasurePoint[]): MeasurePoint | undefined {
  const dated = points.filter((point) => point.position !== null && point.value !== null);
  return dated[dated.length - 1] ?? points[0];
}

export interface MeasureSummary {
  id: string;
  title: string;
  url: string;
  unit: Unit;
  points: MeasurePoint[];
  /** The latest value for each area, latest first. */
  latest: MeasurePoint[];
  areas: string[];
  /** The area with the most values with stated periods: the one the small trend shows. */
  trendArea: string | undefined;
}

/** Catalogue ids that have at least one value on the site, grouped by theme, with each measure's values. */
export function measuresByTheme(site: Site): { theme: string; measures: MeasureSummary[] }[] {
  const themes = new Map<string, MeasureSummary[]>();
  for (const [id, entry] of site.catalogue) {
    const points = measurePoints(site, id);
    if (points.length === 0) continue;
    const areas = [...new Set(points.map((point) => point.area))].sort();
    const latest = areas
      .map((area) => latestPoint(points.filter((point) => point.area === area))!)
      .sort((a, b) => (b.position ?? -Infinity) - (a.position ?? -Infinity) || a.area.localeCompare(b.area));
    const datedKeys = (area: string) => new Set(points.filter((point) => point.area === area && point.position !== null).map((point) => periodKey(point.period))).size;
    const trendArea = [...areas].sort((a, b) => datedKeys(b) - datedKeys(a))[0];
    const summary: MeasureSummary = { id, title: entry.title, url: entry.url, unit: entry.unit, points, latest, areas, trendArea };
    themes.set(entry.theme, [...(themes.get(entry.theme) ?? []), summary]);
  }
  return [...themes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([theme, measures]) => ({ theme, measures: measures.sort((a, b) => a.title.localeCompare(b.title)) }));
}

export interface ComparedFigure {
  id: string;
  title: string;
  unit: Unit;
  area: string;
  current: MeasurePoint;
  previous: MeasurePoint;
}

/**
 * Catalogued measures that this report and the partnership's previous report of the same kind both
 * publish for the same area (values published directly in each report, with stated periods).
 */
export function comparedWithPrevious(site: Site, report: SiteReport): { previous: SiteReport; figures: ComparedFigure[] } | undefined {
  const siblings = report.partnership.reports.filter((other) => other.data.kind === report.data.kind);
  const previous = siblings[siblings.indexOf(report) + 1];
  if (!previous) return undefined;
  const figures: ComparedFigure[] = [];
  for (const id of site.measured) {
    const entry = site.catalogue.get(id);
    if (!entry) continue;
    const points = measurePoints(site, id).filter((point) => !point.fromComparison && point.value !== null && point.position !== null);
    const inReport = (target: SiteReport) => points.filter((point) => point.report === target);
    for (const current of inReport(report)) {
      const before = inReport(previous).filter((point) => point.area === current.area);
      // Where a report gives several values for one area (e.g. two sections), take the latest period of each.
      const earlier = before[before.length - 1];
      if (!earlier || figures.some((figure) => figure.id === id && figure.area === current.area)) continue;
      const latest = inReport(report).filter((point) => point.area === current.area).at(-1)!;
      figures.push({ id, title: entry.title, unit: entry.unit, area: current.area, current: latest, previous: earlier });
    }
  }
  figures.sort((a, b) => a.title.localeCompare(b.title) || a.area.localeCompare(b.area));
  return { previous, figures };
}
