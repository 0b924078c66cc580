// What a section's figures area shows: at most six headline tiles, a table of every figure when
// there are more, the charts, and which note each points to. Computed once here so the components
// only read it. Note numbers follow the shared contract in ./notes.ts.
import { MAX_HEADLINE_TILES } from '../schemas/section';
import { numberFigureNotes, type NumberedNote } from './notes';

/** One figure or chart as shown, with its note number and whether its marker carries `note-ref-<n>`. */
export interface Shown<T> {
  item: T;
  /** The note it points to, if any. */
  note: number | undefined;
  /** Whether this is the first marker for that note on the page (only it gets the id). */
  noteRef: boolean;
}

export interface FigurePlan<M, C> {
  tiles: Shown<M>[];
  /** Every figure, in order, when some are not tiles; empty when the tiles show them all. */
  table: (Shown<M> & { tile: boolean })[];
  charts: Shown<C>[];
  notes: NumberedNote[];
}

interface MetricLike {
  headline?: boolean | undefined;
  unit: string;
  note?: string | undefined;
}

/** The headline tiles: those marked `headline: true`, or else the first six figures that are not ranks. */
export function headlineMetrics<M extends MetricLike>(metrics: readonly M[]): M[] {
  const marked = metrics.filter((metric) => metric.headline);
  const chosen = marked.length > 0 ? marked : metrics.filter((metric) => metric.unit !== 'rank');
  return chosen.filter((metric) => metric.unit !== 'rank').slice(0, MAX_HEADLINE_TILES);
}

/** Plans a section's figures area: tiles first, then the table of all figures, then the charts. */
export function planFigures<M extends MetricLike, C extends { note?: string | undefined }>(section: {
  metrics: readonly M[];
  charts: readonly C[];
}): FigurePlan<M, C> {
  const numbers = numberFigureNotes(section);
  const referenced = new Set<number>();
  const show = <T>(item: T, note: number | undefined): Shown<T> => {
    const noteRef = note !== undefined && !referenced.has(note);
    if (note !== undefined) referenced.add(note);
    return { item, note, noteRef };
  };
  const noteOf = new Map(section.metrics.map((metric, index) => [metric, numbers.metric[index]]));
  const headline = headlineMetrics(section.metrics);
  const tiles = headline.map((metric) => show(metric, noteOf.get(metric)));
  const onTile = new Set(headline);
  const table =
    headline.length < section.metrics.length
      ? section.metrics.map((metric) => ({ ...show(metric, noteOf.get(metric)), tile: onTile.has(metric) }))
      : [];
  const charts = section.charts.map((chart, index) => show(chart, numbers.chart[index]));
  return { tiles, table, charts, notes: numbers.notes };
}
