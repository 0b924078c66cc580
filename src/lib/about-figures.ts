// What the "About these figures" page of a report lists: every figure note ("known problems in the
// source"), numbered as on its section page, with links to the figures and charts it applies to.
import { numberFigureNotes } from './notes';
import type { SiteReport, SiteSection } from './site';

export interface FigureNoteTarget {
  /** The figure's label or the chart's title. */
  label: string;
  /** The figure or chart on its page, e.g. `/islington/2024-25/lado/#figure-lado-contacts`. */
  url: string;
}

export interface KnownProblem {
  /** The note's number in its section (as on the section page); headline notes have none. */
  n?: number;
  text: string;
  /** Every figure and chart the note applies to (identical notes share one number). */
  targets: FigureNoteTarget[];
}

export interface SectionProblems {
  section: SiteSection<unknown>;
  problems: KnownProblem[];
}

/** Every figure note of one section, numbered as on the section page, with where each applies. */
export function sectionProblems(section: SiteSection<unknown>): KnownProblem[] {
  const numbered = numberFigureNotes(section);
  const problems = numbered.notes.map((note) => ({ n: note.n, text: note.text, targets: [] as FigureNoteTarget[] }));
  numbered.metric.forEach((n, index) => {
    const metric = section.metrics[index]!;
    if (n !== undefined) problems[n - 1]!.targets.push({ label: metric.label, url: `${section.url}#figure-${metric.id}` });
  });
  numbered.chart.forEach((n, index) => {
    const chart = section.charts[index]!;
    if (n !== undefined) problems[n - 1]!.targets.push({ label: chart.title, url: `${section.url}#chart-${chart.id}` });
  });
  return problems;
}

/** The figure notes of a report's headline figures (shown on its overview). */
export function headlineProblems(report: SiteReport<unknown>): KnownProblem[] {
  return report.headline
    .filter((metric) => metric.note)
    .map((metric) => ({ text: metric.note!.trim(), targets: [{ label: metric.label, url: `${report.url}#headline-${metric.id}` }] }));
}

/** Every section of a report that has figure notes, in report order. */
export function reportProblems(report: SiteReport<unknown>): SectionProblems[] {
  return report.sections.map((section) => ({ section, problems: sectionProblems(section) })).filter((entry) => entry.problems.length > 0);
}
