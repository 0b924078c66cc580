// Lays out a measure's values on a time axis for the inline SVG charts on `/figures/` and
// `/figures/<id>/`: one series per area (never joining two areas), x spaced by real time, a line
// only between periods that follow on from each other (gaps stay gaps), and periods that are not
// stated left off the axis (they are listed in the table). Pure: no Astro, unit-tested directly.
import type { CatalogueData } from '../schemas/catalogue';
import type { Unit } from '../schemas/common';
import type { MeasurePoint } from './figures';
import { formatValue, periodPhrase } from './format';
import { periodKey, type Period } from './period';

export interface PlotPoint {
  x: number;
  y: number;
  /** Position in fractional years, for tests and the data attribute. */
  year: number;
  value: number;
  label: string;
  point: MeasurePoint;
}

export interface PlotSeries {
  area: string;
  /** Index into the series colours (`app-measure-chart__series--<n>`). */
  colour: number;
  points: PlotPoint[];
  /** Runs of points joined by a line; a single-point run is drawn as a dot only. */
  runs: PlotPoint[][];
}

export interface MeasureChartModel {
  id: string;
  title: string;
  unit: Unit;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: PlotSeries[];
  /** Values with no stated period: listed, never plotted. */
  unplotted: MeasurePoint[];
  /** Plottable values in this chart. */
  count: number;
}

const DAY = 86_400_000;

/** True when period `b` follows on from `a` (no missing period between them), so a line may join them. */
export function followsOn(a: Period, b: Period): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return false;
  // Counts at a date (e.g. each 31 March) follow on when they are at most about a year apart.
  if (a.kind === 'date' && b.kind === 'date') return b.start.getTime() - a.end.getTime() <= 370 * DAY;
  return b.start.getTime() - a.end.getTime() <= DAY;
}

/** A round number at or above `max` for the top of the value axis. */
function niceMax(max: number, unit: Unit): number {
  if (max <= 0) return 1;
  if (unit === 'percent' && max > 60) return 100;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate * 4 >= max) ?? 10 * magnitude;
  return Math.ceil(max / step) * step;
}

const yearFraction = (date: Date) => {
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (date.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start);
};

interface Size {
  width: number;
  height: number;
  plot: MeasureChartModel['plot'];
}

export const FULL_SIZE: Size = { width: 400, height: 230, plot: { left: 48, right: 388, top: 22, bottom: 200 } };
export const SPARK_SIZE: Size = { width: 120, height: 36, plot: { left: 4, right: 116, top: 4, bottom: 32 } };

/** Lays out one chart from a set of points (all of one unit). */
export function layoutMeasureChart(id: string, title: string, unit: Unit, points: readonly MeasurePoint[], size: Size = FULL_SIZE): MeasureChartModel {
  const plotted = points.filter((point) => point.position !== null && point.value !== null && point.period.start && point.period.end);
  const unplotted = points.filter((point) => !plotted.includes(point));
  const { plot } = size;
  const starts = plotted.map((point) => yearFraction(point.period.start!));
  const ends = plotted.map((point) => yearFraction(new Date(point.period.end!.getTime() + DAY)));
  let minX = Math.min(...starts);
  let maxX = Math.max(...ends);
  if (!Number.isFinite(minX)) [minX, maxX] = [0, 1];
  if (maxX - minX < 1) [minX, maxX] = [(minX + maxX) / 2 - 0.5, (minX + maxX) / 2 + 0.5];
  const top = niceMax(Math.max(...plotted.map((point) => point.value!), 0), unit);
  const xOf = (year: number) => plot.left + ((year - minX) / (maxX - minX)) * (plot.right - plot.left);
  const yOf = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);

  const areas = [...new Set(plotted.map((point) => point.area))].sort();
  const series: PlotSeries[] = areas.map((area, colour) => {
    // The same value can be published in two sections (e.g. a snapshot and its own section): draw it once.
    const own = plotted
      .filter((point) => point.area === area)
      .sort((a, b) => a.position! - b.position!)
      .filter((point, index, list) => list.findIndex((other) => periodKey(other.period) === periodKey(point.period)) === index);
    const plotPoints = own.map((point) => ({
      x: round(xOf(point.position!)),
      y: round(yOf(point.value!)),
      year: round(point.position!),
      value: point.value!,
      label: point.period.label,
      point,
    }));
    const runs: PlotPoint[][] = [];
    plotPoints.forEach((plotPoint, index) => {
      const previous = plotPoints[index - 1];
      if (previous && followsOn(previous.point.period, plotPoint.point.period)) runs[runs.length - 1]!.push(plotPoint);
      else runs.push([plotPoint]);
    });
    return { area, colour, points: plotPoints, runs };
  });

  const firstYear = Math.ceil(minX);
  const lastYear = Math.floor(maxX);
  const every = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 6));
  const xTicks: MeasureChartModel['xTicks'] = [];
  for (let year = firstYear; year <= lastYear; year += every) xTicks.push({ x: round(xOf(year)), label: String(year) });
  const yTicks = [0, top / 2, top].map((value) => ({ y: round(yOf(value)), label: formatValue(value, unit === 'percent' ? 'percent' : 'count') }));
  return { id, title, unit, width: size.width, height: size.height, plot, xTicks, yTicks, series, unplotted, count: plotted.length };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** SVG path data for one run of points. */
export function runPath(run: readonly PlotPoint[]): string {
  return run.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}

/**
 * The charts for a measure page: one across partnerships when the catalogue says they count the
 * measure the same way, otherwise one per partnership. A chart is drawn only where there are at
 * least two values with stated periods; otherwise the page shows the value as a figure.
 */
export function measureCharts(measure: CatalogueData & { id: string }, points: readonly MeasurePoint[]): MeasureChartModel[] {
  const partnerships = [...new Set(points.map((point) => point.partnership))];
  const groups = measure.comparableAcrossPartnerships ? [partnerships] : partnerships.map((partnership) => [partnership]);
  return groups.map((group) => {
    const names = group.map((partnership) => partnership.data.name).join(' and ');
    const id = group.length === 1 && groups.length > 1 ? `${measure.id}-${group[0]!.id}` : measure.id;
    return layoutMeasureChart(id, `${measure.title}, ${names}`, measure.unit, points.filter((point) => group.includes(point.partnership)));
  });
}

/** A sentence listing the plotted values, oldest first, per area: the text alternative of a chart or trend. */
export function describeTrend(model: MeasureChartModel): string {
  if (model.count === 0) return 'No values with a stated period.';
  return model.series
    .map((series) => `${series.area}: ${series.points.map((point) => `${formatValue(point.value, model.unit)} ${periodPhrase(point.point.period)}`).join(', ')}`)
    .join('. ')
    .concat('.');
}
