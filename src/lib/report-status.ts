// Whether a report is its partnership's latest of its kind, and its log of changes since publishing.
import type { ReportData } from '../schemas/report';
import type { SiteReport } from './site';

/**
 * The partnership's latest report of the same kind when `report` is an older one; `undefined` when
 * `report` is the latest (or the only) one. Reports are held newest first.
 */
export function newerReport<S>(report: SiteReport<S>): SiteReport<S> | undefined {
  const latest = report.partnership.reports.find((other) => other.data.kind === report.data.kind);
  return latest && latest !== report ? latest : undefined;
}

/** The sentence shown when a report has not been corrected since it was published. */
export const NO_CHANGES = 'No changes since publication';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Corrections, newest first, as plain data for `data.json`. */
export function changesData(changes: ReportData['changes']): { date: string; reason: string }[] {
  return [...changes].sort((a, b) => b.date.getTime() - a.date.getTime()).map((change) => ({ date: isoDay(change.date), reason: change.reason }));
}

/** Corrections as one line of text for `data.csv`: `2025-10-01: reason; …`, or {@link NO_CHANGES}. */
export function changesText(changes: ReportData['changes']): string {
  const list = changesData(changes);
  return list.length ? list.map((change) => `${change.date}: ${change.reason}`).join('; ') : NO_CHANGES;
}
