// Where each note's "Back to text" link goes. A body note goes back to its marker (`note-ref-<n>`).
// A figure note goes back to the first figure it belongs to, until figures carry markers of their own.
import { numberFigureNotes, noteRefId } from '../notes';
import type { SiteSection } from '../site';

export function noteBackLinks(section: SiteSection<unknown>, prefix = '', figurePrefix = 'figure-', chartPrefix = 'chart-'): (n: number) => string {
  const figures = numberFigureNotes(section.data);
  const target = new Map<number, string>();
  figures.metric.forEach((n, index) => {
    if (n !== undefined && !target.has(n)) target.set(n, `${figurePrefix}${section.metrics[index]!.id}`);
  });
  figures.chart.forEach((n, index) => {
    if (n !== undefined && !target.has(n)) target.set(n, `${chartPrefix}${section.charts[index]!.id}`);
  });
  return (n) => `#${target.get(n) ?? `${prefix}${noteRefId(n)}`}`;
}
