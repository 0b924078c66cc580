// Draws one chart with chart.js, laid out for the width it has (src/lib/chart-config.ts), and
// draws it again when a new width or colour scheme needs a different layout. Only the controllers
// the site uses are registered, with the Colors plugin as a fallback (without colours every series
// is grey). After each draw the canvas records its geometry in `data-geometry`, which the browser
// tests read to prove that no label is rotated, cut or overprinted at 320, 390 and 1280 px.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Colors,
  DoughnutController,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { chartConfig, chartLayout, FONT_SIZE, type ChartSpec, type Layout } from '../lib/chart-config';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, Colors, DoughnutController, LinearScale, LineController, LineElement, PieController, PointElement, Tooltip);

// Readable text in charts: the site's own font and a size close to body text.
const fontFamily = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.font.family = fontFamily;
Chart.defaults.font.size = FONT_SIZE;

const measuring = document.createElement('canvas').getContext('2d');
const measure = (text: string) => {
  if (!measuring) return text.length * FONT_SIZE * 0.55;
  measuring.font = `${FONT_SIZE}px ${fontFamily}`;
  return measuring.measureText(text).width;
};

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where each tick label lies on the canvas, and whether any is rotated, cut or on top of another. */
const recordGeometry: Plugin = {
  id: 'appGeometry',
  afterDraw(chart) {
    const { ctx, width, height, chartArea } = chart;
    const problems: string[] = [];
    for (const scale of Object.values(chart.scales)) {
      const options = scale.options as { display?: boolean | string; ticks?: { display?: boolean } };
      if (options.ticks?.display === false || options.display === false) continue;
      if (scale.labelRotation) problems.push(`${scale.id} labels are rotated by ${scale.labelRotation}°`);
      const boxes: Box[] = scale.getLabelItems().map((item) => {
        const lines = (Array.isArray(item.label) ? item.label : [item.label]).map(String);
        ctx.save();
        ctx.font = item.font.string;
        const textWidth = Math.max(...lines.map((line) => ctx.measureText(line).width));
        ctx.restore();
        const [x, y] = item.options.translation ?? [0, 0];
        const align = item.options.textAlign;
        const left = align === 'left' ? x : align === 'right' ? x - textWidth : x - textWidth / 2;
        const lineHeight = Number(item.font.lineHeight);
        const top = y + item.textOffset - lineHeight / 2;
        return { left, right: left + textWidth, top, bottom: top + lines.length * lineHeight };
      });
      boxes.forEach((box, index) => {
        if (box.left < -1 || box.right > width + 1 || box.top < -2 || box.bottom > height + 2) problems.push(`${scale.id} label ${index + 1} is cut at the canvas edge`);
        const next = boxes[index + 1];
        if (next && box.right > next.left + 1 && next.right > box.left + 1 && box.bottom > next.top + 1 && next.bottom > box.top + 1) {
          problems.push(`${scale.id} labels ${index + 1} and ${index + 2} overlap`);
        }
      });
    }
    const horizontal = chart.options.indexAxis === 'y';
    chart.canvas.dataset.geometry = JSON.stringify({
      horizontal,
      width,
      height,
      plotWidth: Math.round(chartArea.right - chartArea.left),
      plotHeight: Math.round(chartArea.bottom - chartArea.top),
      bars: chart.data.labels?.length ?? 0,
      problems,
    });
  },
};

interface Drawn {
  chart: Chart;
  key: string;
}
const drawn = new Map<HTMLElement, Drawn>();

/** Draws (or redraws, when the layout must change) the chart in one placeholder. */
function draw(placeholder: HTMLElement, force = false): void {
  const canvas = placeholder.querySelector('canvas');
  const spec = placeholder.dataset.chart;
  if (!canvas || !spec) return;
  const parsed = JSON.parse(spec) as ChartSpec;
  const layout: Layout = { width: placeholder.clientWidth, dark: darkScheme.matches, measure, fontFamily };
  const { height, horizontal, lines } = chartLayout(parsed, layout);
  const key = JSON.stringify([height, horizontal, lines, layout.dark]);
  const previous = drawn.get(placeholder);
  if (previous && previous.key === key && !force) return;
  previous?.chart.destroy();
  // Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
  placeholder.style.height = `${height}px`;
  const config = chartConfig(parsed, layout) as unknown as ChartConfiguration;
  config.plugins = [...(config.plugins ?? []), recordGeometry];
  drawn.set(placeholder, { chart: new Chart(canvas, config), key });
}

let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => drawn.forEach((_, placeholder) => draw(placeholder)), 150);
});
darkScheme.addEventListener('change', () => drawn.forEach((_, placeholder) => draw(placeholder, true)));

/** Draws the chart described by a placeholder's `data-chart` attribute and reveals it. */
export function renderChart(placeholder: HTMLElement): void {
  placeholder.hidden = false;
  // Its legend (plain HTML) shows with it.
  placeholder.parentElement?.querySelector<HTMLElement>('[data-chart-legend]')?.removeAttribute('hidden');
  draw(placeholder);
}
