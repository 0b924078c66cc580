// Every figure and chart value of a report as rows, for `data.csv` and `data.json`.
import { citationText } from './citation';
import { changesText } from './report-status';
import type { SiteReport } from './site';
import { areaOf } from './figures';
import { isoDate, type Period } from './period';

export interface DataRow {
  report: string;
  section: string;
  section_title: string;
  kind: 'figure' | 'chart';
  id: string;
  metric_id: string;
  label: string;
  series: string;
  category: string;
  value: number | null;
  value_as_printed: string;
  unit: string;
  area: string;
  /** The period's label, written the one site-wide way (`2024-25`, `31 March 2024`, `Not stated`). */
  period: string;
  period_kind: string;
  period_start: string;
  period_end: string;
  /** The source's own words for the period, where they differ from the label. */
  period_printed: string;
  comparison_value: number | null;
  comparison_period: string;
  comparison_period_kind: string;
  comparison_period_start: string;
  comparison_period_end: string;
  comparison_period_printed: string;
  comparison_label: string;
  comparison_area: string;
  source_page: number;
  note: string;
  url: string;
  /** The citation of the source document. */
  source: string;
  /** Corrections since publication, or "No changes since publication". */
  report_changes: string;
}

export const DATA_COLUMNS: (keyof DataRow)[] = [
  'report', 'section', 'section_title', 'kind', 'id', 'metric_id', 'label', 'series', 'category', 'value',
  'value_as_printed', 'unit', 'area', 'period', 'period_kind', 'period_start', 'period_end', 'period_printed',
  'comparison_value', 'comparison_period', 'comparison_period_kind', 'comparison_period_start', 'comparison_period_end',
  'comparison_period_printed', 'comparison_label', 'comparison_area', 'source_page', 'note', 'url',
  'source', 'report_changes',
];

/** The period as data columns: label, kind, ISO start and end, printed words. */
export function periodColumns(period: Period | undefined) {
  return {
    label: period?.label ?? '',
    kind: period?.kind ?? '',
    start: period ? isoDate(period.start) : '',
    end: period ? isoDate(period.end) : '',
    printed: period?.printed ?? '',
  };
}

function periodFields(period: Period) {
  const columns = periodColumns(period);
  return { period: columns.label, period_kind: columns.kind, period_start: columns.start, period_end: columns.end, period_printed: columns.printed };
}

function comparisonFields(period: Period | undefined) {
  const columns = periodColumns(period);
  return {
    comparison_period: columns.label,
    comparison_period_kind: columns.kind,
    comparison_period_start: columns.start,
    comparison_period_end: columns.end,
    comparison_period_printed: columns.printed,
  };
}

/** One row per figure and one per chart value, in report order. */
export function reportRows(report: SiteReport, site: URL | string): DataRow[] {
  const rows: DataRow[] = [];
  const about = { source: citationText(report.data.citation), report_changes: changesText(report.data.changes) };
  for (const section of report.sections) {
    const url = (hash: string) => new URL(`${section.url}#${hash}`, site).href;
    for (const metric of section.metrics) {
      rows.push({
        report: report.id,
        section: section.slug,
        section_title: section.data.title,
        kind: 'figure',
        id: metric.id,
        metric_id: metric.catalogue ?? '',
        label: metric.label,
        series: '',
        category: '',
        value: metric.value,
        value_as_printed: metric.sourceText ?? '',
        unit: metric.unit,
        area: areaOf(metric, report.partnership),
        ...periodFields(metric.period),
        comparison_value: metric.comparison?.value ?? null,
        ...comparisonFields(metric.comparison?.period),
        comparison_label: metric.comparison?.label ?? '',
        comparison_area: metric.comparison ? (metric.comparison.area ?? areaOf(metric, report.partnership)) : '',
        source_page: metric.sourcePage,
        note: metric.note ?? '',
        url: url(`figure-${metric.id}`),
        ...about,
      });
    }
    for (const chart of section.charts) {
      for (const dataset of chart.datasets) {
        chart.labels.forEach((category, index) => {
          rows.push({
            report: report.id,
            section: section.slug,
            section_title: section.data.title,
            kind: 'chart',
            id: chart.id,
            metric_id: '',
            label: chart.title,
            series: dataset.label,
            category,
            value: dataset.data[index] ?? null,
            value_as_printed: '',
            unit: chart.unit,
            area: areaOf(chart, report.partnership),
            ...periodFields(chart.period),
            comparison_value: null,
            ...comparisonFields(undefined),
            comparison_label: '',
            comparison_area: '',
            source_page: chart.sourcePage,
            note: chart.note ?? '',
            url: url(`chart-${chart.id}`),
            ...about,
          });
        });
      }
    }
  }
  return rows;
}

/** Text that a spreadsheet would run as a formula when the file is opened (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180. A text cell starting with =, +, -, @, a tab or a carriage return gets a
 * leading apostrophe, as OWASP recommends, so no spreadsheet runs it as a formula; numbers (negative
 * ones included) stay numbers.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so spreadsheets show £ correctly. */
export function toCsv(rows: DataRow[]): string {
  const lines = [DATA_COLUMNS.join(','), ...rows.map((row) => DATA_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
