// Measure charts: one series per area, real time on the x axis, gaps left as gaps, unstated periods never plotted.
import { describe, expect, it } from 'vitest';
import type { MeasurePoint } from '../../src/lib/figures';
import { byTime } from '../../src/lib/figures';
import { describeTrend, followsOn, layoutMeasureChart } from '../../src/lib/measure-chart';
import { parsePeriod, periodPosition, type Period } from '../../src/lib/period';

const period = (text: string): Period => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.message);
  return result.period;
};
const point = (area: string, text: string, value: number): MeasurePoint =>
  ({ area, period: period(text), value, unit: 'count', position: periodPosition(period(text)), fromComparison: false }) as MeasurePoint;

describe('laying out a measure over time', () => {
  const points = [
    point('Hackney', '2024-25', 463),
    point('City of London', '2024-25', 122),
    point('Hackney', '2023-24', 411),
    point('Islington', '2020-21', 156),
    point('Islington', '2024-25', 287),
    point('Islington', 'not stated', 300),
  ].sort(byTime);
  const chart = layoutMeasureChart('lado', 'LADO contacts', 'count', points);

  it('draws one series per area and never joins two areas', () => {
    expect(chart.series.map((series) => [series.area, series.points.map((p) => p.value)])).toEqual([
      ['City of London', [122]],
      ['Hackney', [411, 463]],
      ['Islington', [156, 287]],
    ]);
  });
  it('joins years that follow on and leaves a gap where years are missing', () => {
    const runs = Object.fromEntries(chart.series.map((series) => [series.area, series.runs.map((run) => run.length)]));
    expect(runs).toEqual({ 'City of London': [1], Hackney: [2], Islington: [1, 1] });
  });
  it('spaces points by real time', () => {
    const islington = chart.series.find((series) => series.area === 'Islington')!.points;
    const hackney = chart.series.find((series) => series.area === 'Hackney')!.points;
    const oneYear = hackney[1]!.x - hackney[0]!.x;
    expect(islington[1]!.x - islington[0]!.x).toBeCloseTo(4 * oneYear, 0);
  });
  it('lists a value whose period is not stated instead of plotting it', () => {
    expect(chart.unplotted.map((p) => p.value)).toEqual([300]);
    expect(chart.count).toBe(5);
  });
  it('describes the chart in words, oldest first, per area', () => {
    expect(describeTrend(chart)).toBe('City of London: 122 in 2024-25. Hackney: 411 in 2023-24, 463 in 2024-25. Islington: 156 in 2020-21, 287 in 2024-25.');
  });
});

describe('which periods follow on', () => {
  it('joins consecutive financial years but not ones with a year between', () => {
    expect(followsOn(period('2023-24'), period('2024-25'))).toBe(true);
    expect(followsOn(period('2022-23'), period('2024-25'))).toBe(false);
  });
  it('joins counts at the same date a year apart', () => {
    expect(followsOn(period('31 March 2023'), period('31 March 2024'))).toBe(true);
    expect(followsOn(period('31 March 2022'), period('31 March 2024'))).toBe(false);
  });
  it('never joins an unstated period', () => {
    expect(followsOn(period('2023-24'), period('not stated'))).toBe(false);
  });
});
