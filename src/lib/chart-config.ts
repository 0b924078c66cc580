// Turns a chart's typed content into a chart.js configuration. Pure, so it is unit-tested.
import type { Chart } from '../schemas/chart';
import { formatNumber } from './format';

export type ChartSpec = Pick<Chart, 'type' | 'unit' | 'labels' | 'datasets'>;

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
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, spec.unit) : String(value));
  return {
    type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      indexAxis: horizontal ? 'y' : 'x',
      color: text,
      plugins: {
        colors: { enabled: true, forceOverride: true },
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
