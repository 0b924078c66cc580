import { describe, expect, it } from 'vitest';
import { chartCsv, csvCell } from '../../src/lib/chart-export';
import { formatNumber, formatOrdinal, formatValue, valueParts } from '../../src/lib/format';
import { headlineMetrics, planFigures } from '../../src/lib/key-figures';
import type { SiteChart } from '../../src/lib/site';
import { ChartSchema } from '../../src/schemas/chart';
import { MetricSchema } from '../../src/schemas/metric';
import { SectionSchema } from '../../src/schemas/section';

const figure = (n: number, extra: Record<string, unknown> = {}) => ({ label: `Figure ${n}`, value: n, unit: 'count', period: '2024-25', sourcePage: 1, ...extra });
const young = { summary: 'Short words.', forYou: 'Tell someone.' };
const section = (metrics: unknown[]) => ({ title: 'T', order: 1, theme: 'X', summary: 'S', sourcePages: [1], metrics, youngPeople: young });
const pie = { title: 'Split', type: 'pie', unit: 'count', period: '2024-25', labels: ['A', 'B'], datasets: [{ label: 'n', data: [1, 2] }], description: 'D', sourcePage: 1 };

describe('headline tiles', () => {
  it('are the first six figures that are not ranks when none is marked', () => {
    const metrics = [figure(1, { unit: 'rank' }), ...Array.from({ length: 8 }, (_, index) => figure(index + 2))];
    expect(headlineMetrics(metrics).map((metric) => metric.value)).toEqual([2, 3, 4, 5, 6, 7]);
  });
  it('are the figures marked `headline: true` when any is marked', () => {
    const metrics = [figure(1), figure(2, { headline: true }), figure(3), figure(4, { headline: true })];
    expect(headlineMetrics(metrics).map((metric) => metric.value)).toEqual([2, 4]);
  });
  it('lists every figure in a table when some are not tiles, and none when all are', () => {
    const many = planFigures({ metrics: Array.from({ length: 8 }, (_, index) => figure(index + 1)), charts: [] });
    expect([many.tiles.length, many.table.length, many.table.filter((row) => row.tile).length]).toEqual([6, 8, 6]);
    expect(planFigures({ metrics: [figure(1)], charts: [] }).table).toEqual([]);
  });
  it('gives the id `note-ref-<n>` only to the first marker of each note', () => {
    const plan = planFigures({ metrics: [figure(1, { note: 'Same.' }), figure(2, { note: 'Same.' }), ...Array.from({ length: 5 }, (_, index) => figure(index + 3))], charts: [{ note: 'Same.' }, { note: 'Other.' }] });
    expect(plan.tiles.map((tile) => [tile.note, tile.noteRef]).slice(0, 2)).toEqual([[1, true], [1, false]]);
    expect(plan.table[0]).toMatchObject({ note: 1, noteRef: false, tile: true });
    expect(plan.charts.map((chart) => [chart.note, chart.noteRef])).toEqual([[1, false], [2, true]]);
  });
});

describe('content rules for figures', () => {
  it('reject more than six headline figures in a section', () => {
    const result = SectionSchema.safeParse(section(Array.from({ length: 7 }, (_, index) => figure(index + 1, { headline: true }))));
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/7 figures are marked `headline: true`.*at most 6/)]);
  });
  it('reject a rank marked as a headline', () => {
    expect(MetricSchema.safeParse(figure(46, { unit: 'rank', headline: true })).error?.issues[0]?.path).toEqual(['headline']);
  });
  it('reject a pie or doughnut with fewer than three parts', () => {
    expect(ChartSchema.safeParse(pie).error?.issues[0]?.message).toMatch(/needs at least three parts.*horizontal-bar/);
    expect(ChartSchema.safeParse({ ...pie, type: 'doughnut', labels: ['A', 'B', 'C'], datasets: [{ label: 'n', data: [1, 2, 3] }] }).success).toBe(true);
  });
});

describe('units on tiles', () => {
  it('show a rank as a position', () => {
    expect([formatOrdinal(1), formatOrdinal(2), formatOrdinal(3), formatOrdinal(11), formatOrdinal(22), formatOrdinal(46)]).toEqual(['1st', '2nd', '3rd', '11th', '22nd', '46th']);
    expect(formatValue(46, 'rank')).toBe('46th');
    expect(formatNumber(46, 'rank')).toBe('46th');
  });
  it('split a rate into the number and the words after it', () => {
    expect(valueParts(97, 'rate-per-10000')).toEqual({ number: '97', words: 'per 10,000 children' });
    expect(valueParts(43.7, 'percent')).toEqual({ number: '43.7%', words: '' });
  });
});

describe('a chart as CSV', () => {
  const chart = { id: 'c', title: 'T', type: 'bar', unit: 'count', period: '2024-25', labels: ['=SUM(A1)', 'Police, local'], datasets: [{ label: '@series', data: [3, null] }], description: 'D', sourcePage: 1 } as unknown as SiteChart;
  it('lays it out like its table and neutralises text a spreadsheet would run', () => {
    expect(chartCsv(chart)).toBe("\uFEFFCategory,'@series\r\n'=SUM(A1),3\r\n\"Police, local\",\r\n");
  });
  it('writes numbers as numbers, even negative ones', () => {
    expect([csvCell(-2), csvCell('-2'), csvCell('+x'), csvCell(null)]).toEqual(['-2', "'-2", "'+x", '']);
  });
});
