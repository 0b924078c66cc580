// Every figure and chart value of a report as rows, for `data.csv` and `data.json`.
import { citationText } from './citation';
import { changesText } from './report-status';
import type { SiteReport } from './site';

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
  period: string;
  comparison_value: number | null;
  comparison_period: string;
  comparison_label: string;
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
  'value_as_printed', 'unit', 'period', 'comparison_value', 'comparison_period', 'comparison_label', 'source_page', 'note', 'url',
  'source', 'report_changes',
];

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
        period: metric.period,
        comparison_value: metric.comparison?.value ?? null,
        comparison_period: metric.comparison?.period ?? '',
        comparison_label: metric.comparison?.label ?? '',
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
            period: chart.period,
            comparison_value: null,
            comparison_period: '',
            comparison_label: '',
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

/** Quotes one CSV field per RFC 4180. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so spreadsheets show £ correctly. */
export function toCsv(rows: DataRow[]): string {
  const lines = [DATA_COLUMNS.join(','), ...rows.map((row) => DATA_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
