// Turns a chart's typed content into a chart.js configuration. Pure, so it is unit-tested.
import type { Chart } from '../schemas/chart';
import { formatNumber } from './format';

export type ChartSpec = Pick<Chart, 'type' | 'unit' | 'labels' | 'datasets'>;

/**
 * Solid series colours with at least 3:1 contrast against both the light and the dark background
 * (WCAG 1.4.11), in an order that keeps neighbours distinguishable for common colour blindness.
 */
export const PALETTE = {
  light: ['#1d5a8c', '#b35900', '#00703c', '#6b2c70', '#a8122e', '#4c4c4c', '#007c91', '#7a5c00'],
  dark: ['#6fb2f2', '#ffb066', '#5fd08f', '#d9a3e0', '#ff8a9a', '#c8c8c8', '#5fd3e6', '#e6c65c'],
};

interface Options {
  reduceMotion: boolean;
  dark: boolean;
}

/** A chart.js configuration (kept loosely typed so this module does not import chart.js). */
export function chartConfig(spec: ChartSpec, { reduceMotion, dark }: Options) {
  const round = spec.type === 'doughnut' || spec.type === 'pie';
  const horizontal = spec.type === 'horizontal-bar';
  const stacked = spec.type === 'stacked-bar';
  const type = round ? spec.type : spec.type === 'line' ? 'line' : 'bar';
  const text = dark ? '#f3f2f1' : '#1b1b1b';
  const grid = dark ? '#555' : '#ddd';
  const palette = dark ? PALETTE.dark : PALETTE.light;
  const colour = (index: number) => palette[index % palette.length]!;
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, spec.unit) : String(value));
  return {
    type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset, index) =>
        round
          ? { label: dataset.label, data: dataset.data, backgroundColor: spec.labels.map((_, slice) => colour(slice)), borderColor: dark ? '#121314' : '#ffffff', borderWidth: 2 }
          : { label: dataset.label, data: dataset.data, backgroundColor: colour(index), borderColor: colour(index), borderWidth: 2 },
      ),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      indexAxis: horizontal ? 'y' : 'x',
      color: text,
      plugins: {
        // Registered as a fallback; the palette above sets every series' colour itself.
        colors: { enabled: true, forceOverride: false },
        legend: { display: round || spec.datasets.length > 1, labels: { color: text } },
        tooltip: {
          callbacks: {
            label: (context: { dataset: { label?: string }; raw: unknown }) =>
              `${context.dataset.label ?? ''}: ${format(context.raw)}`,
          },
        },
      },
      scales: round
        ? {}
        : {
            x: { stacked, ticks: horizontal ? { color: text, callback: format } : { color: text }, grid: { color: grid } },
            y: { stacked, beginAtZero: true, ticks: horizontal ? { color: text } : { color: text, callback: format }, grid: { color: grid } },
          },
    },
  };
}
