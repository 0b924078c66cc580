import { describe, expect, it } from 'vitest';
import { chartConfig, PALETTE, type ChartSpec } from '../../src/lib/chart-config';

const bar: ChartSpec = { type: 'bar', unit: 'percent', labels: ['Police', 'Schools'], datasets: [{ label: 'A', data: [23.9, 16.5] }, { label: 'B', data: [1, 2] }] };

describe('chart configuration', () => {
  it('gives each bar series its own solid colour', () => {
    const config = chartConfig(bar, { reduceMotion: false, dark: false });
    expect(config.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual([PALETTE.light[0], PALETTE.light[1]]);
  });
  it('gives each slice of a doughnut its own colour', () => {
    const config = chartConfig({ type: 'doughnut', unit: 'count', labels: ['a', 'b', 'c'], datasets: [{ label: 'n', data: [1, 2, 3] }] }, { reduceMotion: false, dark: true });
    expect(config.data.datasets[0]!.backgroundColor).toEqual(PALETTE.dark.slice(0, 3));
  });
  it('turns animation off when the reader prefers reduced motion', () => {
    expect(chartConfig(bar, { reduceMotion: true, dark: false }).options.animation).toBe(false);
  });
  it('lays horizontal bars along the y axis and formats values as percentages', () => {
    const config = chartConfig({ ...bar, type: 'horizontal-bar' }, { reduceMotion: false, dark: false });
    expect(config.type).toBe('bar');
    expect(config.options.indexAxis).toBe('y');
    const ticks = (config.options.scales as { x: { ticks: { callback: (value: unknown) => string } } }).x.ticks;
    expect(ticks.callback(25)).toBe('25%');
  });
});
