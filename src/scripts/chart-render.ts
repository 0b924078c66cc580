// Draws one chart with chart.js. Only the controllers the site uses are registered, with the Colors
// plugin (without it every series is grey) and no animation when the reader prefers reduced motion.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Colors,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { chartConfig, type ChartSpec } from '../lib/chart-config';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Colors,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
);

// Readable text in charts: the site's own font and a size close to body text.
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.font.size = 14;

/** Draws the chart described by a placeholder's `data-chart` attribute and reveals it. */
export function renderChart(placeholder: HTMLElement): void {
  const canvas = placeholder.querySelector('canvas');
  const spec = placeholder.dataset.chart;
  if (!canvas || !spec) return;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  placeholder.hidden = false;
  const config = chartConfig(JSON.parse(spec) as ChartSpec, { reduceMotion, dark });
  new Chart(canvas, config as ChartConfiguration);
}
