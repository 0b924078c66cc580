// One chart's data as its own CSV and JSON files, laid out like its table (one row per category,
// one column per series), so anyone can cite or reuse a single chart.
import { periodColumns } from './data-export';
import type { SiteChart, SiteSection } from './site';

/** The address of a chart's data file, e.g. `/islington/2024-25/lado/contact-sources.csv`. */
export function chartDataUrl(section: Pick<SiteSection, 'url'>, chart: Pick<SiteChart, 'id'>, format: 'csv' | 'json'): string {
  return `${section.url}${chart.id}.${format}`;
}

/**
 * Quotes one CSV field per RFC 4180. Text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe; numbers are written as numbers.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The chart as CSV: a `Category` column, then one column per series; CRLF line ends and a byte-order mark. */
export function chartCsv(chart: SiteChart): string {
  const header = ['Category', ...chart.datasets.map((dataset) => dataset.label)];
  const rows = chart.labels.map((label, index) => [label, ...chart.datasets.map((dataset) => dataset.data[index] ?? null)]);
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The chart as JSON: what it shows, where it comes from, and its values in the table's layout. */
export function chartJson(chart: SiteChart, section: SiteSection, site: URL | string) {
  return {
    id: chart.id,
    title: chart.title,
    description: chart.description,
    report: section.report.id,
    section: section.slug,
    unit: chart.unit,
    period: periodColumns(chart.period),
    area: chart.area ?? null,
    source_page: chart.sourcePage,
    note: chart.note ?? null,
    url: new URL(`${section.url}#chart-${chart.id}`, site).href,
    columns: ['Category', ...chart.datasets.map((dataset) => dataset.label)],
    rows: chart.labels.map((label, index) => ({
      category: label,
      values: Object.fromEntries(chart.datasets.map((dataset) => [dataset.label, dataset.data[index] ?? null])),
    })),
  };
}
