import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartConfig, chartLayout, NARROW, PALETTE, roughMeasure, wrapLabel, type ChartSpec } from '../../src/lib/chart-config';

const bar: ChartSpec = { type: 'bar', unit: 'percent', labels: ['Police', 'Schools'], datasets: [{ label: 'A', data: [23.9, 16.5] }, { label: 'B', data: [1, 2] }] };
const lado: ChartSpec = {
  type: 'bar',
  unit: 'percent',
  labels: ['Internal investigation by the setting or employer', 'Information sharing', 'Advice only'],
  datasets: [{ label: '2024-25', data: [44.27, 16.41, 9.93] }, { label: '2023-24', data: [42.09, 15.57, 12.16] }],
};
const wide = { width: 800, dark: false };
type Scales = { x: { ticks: Record<string, unknown> }; y: { ticks: Record<string, unknown> } };

describe('chart configuration', () => {
  it('gives each bar series its own solid colour', () => {
    const config = chartConfig(bar, wide);
    expect(config.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual([PALETTE.light[0], PALETTE.light[1]]);
  });
  it('gives each slice of a doughnut its own colour', () => {
    const config = chartConfig({ type: 'doughnut', unit: 'count', labels: ['a', 'b', 'c'], datasets: [{ label: 'n', data: [1, 2, 3] }] }, { width: 800, dark: true });
    expect(config.data.datasets[0]!.backgroundColor).toEqual(PALETTE.dark.slice(0, 3));
  });
  it('never animates', () => {
    expect(chartConfig(bar, wide).options.animation).toBe(false);
  });
  it('lays horizontal bars along the y axis and formats values as percentages', () => {
    const config = chartConfig({ ...bar, type: 'horizontal-bar' }, wide);
    expect(config.type).toBe('bar');
    expect(config.options.indexAxis).toBe('y');
    const ticks = (config.options.scales as Scales).x.ticks as { callback: (value: unknown) => string };
    expect(ticks.callback(25)).toBe('25%');
  });
  it('never rotates a label on either axis', () => {
    for (const width of [270, 340, 800]) {
      const scales = chartConfig(lado, { width, dark: false }).options.scales as Scales;
      expect([scales.x.ticks.maxRotation, scales.y.ticks.maxRotation]).toEqual([0, 0]);
    }
  });
  it('turns bars horizontal on a narrow screen, and keeps short labels upright on a wide one', () => {
    expect(chartLayout(lado, { width: NARROW - 1, dark: false }).horizontal).toBe(true);
    expect(chartLayout(lado, { width: 800, dark: false }).horizontal).toBe(false);
  });
  it('turns bars horizontal on a wide screen when labels would not fit under their bars', () => {
    const many: ChartSpec = { ...lado, labels: Array.from({ length: 9 }, (_, index) => `A rather long category label number ${index}`), datasets: [{ label: 'x', data: Array(9).fill(10) }] };
    expect(chartLayout(many, { width: 800, dark: false }).horizontal).toBe(true);
  });
  it('grows the plot with the number of bars', () => {
    const three = chartLayout({ ...lado, type: 'horizontal-bar' }, { width: 300, dark: false }).height;
    const six = chartLayout({ ...lado, type: 'horizontal-bar', labels: [...lado.labels, ...lado.labels], datasets: lado.datasets.map((d) => ({ ...d, data: [...d.data, ...d.data] })) }, { width: 300, dark: false }).height;
    expect(six).toBeGreaterThan(three * 1.6);
  });
  it('writes values beside bars with a plugin, and keeps chart.js legends off (the legend is HTML)', () => {
    const config = chartConfig(lado, wide);
    expect(config.plugins.map((plugin) => plugin.id)).toEqual(['appValueLabels']);
    expect(config.options.plugins.legend.display).toBe(false);
  });
});

describe('wrapping labels', () => {
  it('splits between words only, each line within the width when its words allow', () => {
    const lines = wrapLabel('Internal investigation by the setting or employer', 100);
    expect(lines.join(' ')).toBe('Internal investigation by the setting or employer');
    for (const line of lines) expect(line.includes(' ') ? roughMeasure(line) <= 100 : true).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
  });
  it('keeps a word longer than the width whole on its own line', () => {
    expect(wrapLabel('a Supercalifragilistic b', 40)).toEqual(['a', 'Supercalifragilistic', 'b']);
  });
});

describe('legend swatches', () => {
  it('use the same colours as the chart palette, in light and dark', () => {
    const css = readFileSync('src/styles/charts-tiles.css', 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark) {\n  .app-swatch');
    PALETTE.light.forEach((colour, index) => expect(light).toContain(`.app-swatch--${index} { background: ${colour}; }`));
    PALETTE.dark.forEach((colour, index) => expect(`  .app-swatch${dark}`).toContain(`.app-swatch--${index} { background: ${colour}; }`));
  });
});

describe('a word too long for the label room', () => {
  it('gets smaller label text rather than being cut', () => {
    const spec: ChartSpec = { type: 'horizontal-bar', unit: 'percent', labels: ['Assessment of developmental needs', 'Chronologies'], datasets: [{ label: 'Cases', data: [93, 66] }] };
    expect(chartLayout(spec, { width: 800, dark: false }).tickSize).toBe(14);
    expect(chartLayout(spec, { width: 200, dark: false }).tickSize).toBeLessThan(14);
  });
});
