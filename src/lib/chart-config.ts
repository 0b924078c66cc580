// Turns a chart's typed content into a chart.js configuration for the width the chart has: bars
// turn horizontal when labels are long or the screen is narrow, labels wrap onto lines and are
// never rotated, every value is written beside its bar, and the plot grows with the number of bars.
// Pure (text is measured by a function the caller passes), so it is unit-tested.
import type { Chart } from '../schemas/chart';
import { formatNumber } from './format';

export type ChartSpec = Pick<Chart, 'type' | 'unit' | 'labels' | 'datasets'>;

/**
 * Solid series colours with at least 3:1 contrast against both the light and the dark background
 * (WCAG 1.4.11), in an order that keeps neighbours distinguishable for common colour blindness.
 * The HTML legend's swatches (`.app-swatch--N` in src/styles/charts.css) use the same colours.
 */
export const PALETTE = {
  light: ['#1d5a8c', '#b35900', '#00703c', '#6b2c70', '#a8122e', '#4c4c4c', '#007c91', '#7a5c00'],
  dark: ['#6fb2f2', '#ffb066', '#5fd08f', '#d9a3e0', '#ff8a9a', '#c8c8c8', '#5fd3e6', '#e6c65c'],
};

/** Text size in charts (px), close to body text. */
export const FONT_SIZE = 14;
/** Height of one line of tick label text (px). */
export const LINE_HEIGHT = 18;
/** Below this canvas width (px) bar charts are always drawn horizontally. */
export const NARROW = 480;
/** Most lines a label may wrap onto under a vertical bar before the chart turns horizontal. */
const MAX_LINES_UNDER_BAR = 3;
/** Thickness of one bar (px) in a horizontal chart. */
const BAR = 20;

export interface Layout {
  /** Width of the chart's box in CSS pixels. */
  width: number;
  /** Whether the reader's screen is in dark mode. */
  dark: boolean;
  /** Width in pixels of a text at the chart's font size (canvas `measureText` in the browser). */
  measure?: (text: string) => number;
  /** The page's font family, for the values written beside bars. */
  fontFamily?: string;
}

/** A rough measure for tests and first guesses: 0.55 em per character. */
export const roughMeasure = (text: string) => text.length * FONT_SIZE * 0.55;

const isRound = (spec: ChartSpec) => spec.type === 'doughnut' || spec.type === 'pie';
const isBar = (spec: ChartSpec) => spec.type === 'bar' || spec.type === 'stacked-bar' || spec.type === 'horizontal-bar';

/** Splits a label into lines no wider than `maxWidth`, only between words (never inside one). */
export function wrapLabel(label: string, maxWidth: number, measure: (text: string) => number = roughMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [label];
}

/** Every value of the chart as it is written beside its bar. */
function valueTexts(spec: ChartSpec): string[] {
  return spec.datasets.flatMap((dataset) => dataset.data.filter((value): value is number => value !== null).map((value) => formatNumber(value, spec.unit)));
}

/** What the chart looks like at this width: its direction, wrapped labels and the height it needs. */
export function chartLayout(spec: ChartSpec, layout: Layout) {
  const measure = layout.measure ?? roughMeasure;
  const widestValue = Math.max(0, ...valueTexts(spec).map(measure));
  const stacked = spec.type === 'stacked-bar';
  const barsPerCategory = stacked ? 1 : spec.datasets.length;
  if (isRound(spec)) {
    return { horizontal: false, lines: spec.labels.map((label) => [label]), height: Math.round(Math.min(Math.max(layout.width * 0.8, 200), 320)), valuePadding: 0, tickSize: FONT_SIZE };
  }
  // Vertical bars only when each label fits under its bar in a few whole-word lines and each
  // bar is wide enough for its value to be written above it.
  const perCategory = (layout.width - 60) / spec.labels.length;
  const underBar = spec.labels.map((label) => wrapLabel(label, perCategory - 8, measure));
  const fitsUnder = underBar.every((lines) => lines.length <= MAX_LINES_UNDER_BAR && lines.every((line) => measure(line) <= perCategory - 4));
  const valueFits = stacked || spec.type === 'line' || perCategory / barsPerCategory >= widestValue + 6;
  const horizontal = spec.type === 'horizontal-bar' || (isBar(spec) && (layout.width < NARROW || !fitsUnder || !valueFits));
  if (horizontal) {
    // chart.js gives the label axis at most half the width left beside the values: wrap within it.
    const valuePadding = Math.ceil(widestValue) + 10;
    const labelWidth = Math.max(60, Math.min((layout.width - valuePadding) / 2 - 16, 240));
    // A word too long for that room (e.g. "developmental" on a small phone) gets smaller text, not cut.
    const longestWord = Math.max(...spec.labels.flatMap((label) => label.split(/\s+/)).map(measure));
    const tickSize = longestWord > labelWidth ? Math.max(11, Math.floor((FONT_SIZE * labelWidth) / longestWord)) : FONT_SIZE;
    const scaled = (text: string) => (measure(text) * tickSize) / FONT_SIZE;
    const lines = spec.labels.map((label) => wrapLabel(label, labelWidth, scaled));
    // chart.js gives every category the same band, so each band must fit the tallest label.
    const band = Math.max(...lines.map((label) => label.length * LINE_HEIGHT), barsPerCategory * BAR) + 14;
    const height = band * lines.length + 44;
    return { horizontal, lines, height: Math.max(height, 140), valuePadding, tickSize };
  }
  const tallest = Math.max(1, ...underBar.map((lines) => lines.length));
  const plot = Math.round(Math.min(Math.max(layout.width * 0.45, 220), 320));
  return { horizontal, lines: underBar, height: plot + tallest * LINE_HEIGHT + 20, valuePadding: LINE_HEIGHT + 6, tickSize: FONT_SIZE };
}

/** The chart's colours for one scheme. */
export function chartColours(dark: boolean) {
  return {
    text: dark ? '#f3f2f1' : '#1b1b1b',
    grid: dark ? '#555555' : '#dddddd',
    background: dark ? '#121314' : '#ffffff',
    palette: dark ? PALETTE.dark : PALETTE.light,
  };
}

interface BarLike {
  x: number;
  y: number;
  base?: number;
  width?: number;
  height?: number;
}
interface ChartLike {
  ctx: CanvasRenderingContext2D;
  data: { datasets: { data: (number | null)[] }[] };
  getDatasetMeta: (index: number) => { hidden?: boolean | null; data: BarLike[] };
}

/** A tiny chart.js plugin that writes each value beside its bar (or on its stacked segment, or above its point). */
function valueLabels(spec: ChartSpec, horizontal: boolean, dark: boolean, fontFamily: string) {
  const { text } = chartColours(dark);
  const stacked = spec.type === 'stacked-bar';
  return {
    id: 'appValueLabels',
    afterDatasetsDraw(chart: ChartLike) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `600 ${FONT_SIZE - 1}px ${fontFamily}`;
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        let lastRight = -Infinity;
        meta.data.forEach((element, index) => {
          const value = dataset.data[index];
          if (value === null || value === undefined) return;
          const label = formatNumber(value, spec.unit);
          const width = ctx.measureText(label).width;
          if (stacked) {
            // Inside its segment, in a colour that contrasts with the segment, when it fits.
            const size = horizontal ? Math.abs(element.x - (element.base ?? element.x)) : Math.abs((element.base ?? element.y) - element.y);
            const room = horizontal ? size : Math.min(size, element.width ?? 0);
            if (room < width + 6 || (!horizontal && size < LINE_HEIGHT)) return;
            ctx.fillStyle = dark ? '#121314' : '#ffffff';
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            const x = horizontal ? ((element.base ?? element.x) + element.x) / 2 : element.x;
            const y = horizontal ? element.y : ((element.base ?? element.y) + element.y) / 2;
            ctx.fillText(label, x, y);
            return;
          }
          ctx.fillStyle = text;
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(label, element.x + 5, element.y);
          } else {
            // Points on a line can be close together: skip a value that would overprint the last.
            if (element.x - width / 2 < lastRight + 4) return;
            lastRight = element.x + width / 2;
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(label, element.x, element.y - 5);
          }
        });
      });
      ctx.restore();
    },
  };
}

/** A chart.js configuration (kept loosely typed so this module does not import chart.js). */
export function chartConfig(spec: ChartSpec, layout: Layout) {
  const round = isRound(spec);
  const { horizontal, lines, valuePadding, tickSize } = chartLayout(spec, layout);
  const stacked = spec.type === 'stacked-bar';
  const type = round ? spec.type : spec.type === 'line' ? 'line' : 'bar';
  const { text, grid, background, palette } = chartColours(layout.dark);
  const colour = (index: number) => palette[index % palette.length]!;
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, spec.unit) : String(value));
  const categoryTicks = {
    color: text,
    font: { size: tickSize },
    autoSkip: false,
    maxRotation: 0,
    minRotation: 0,
    callback: (_value: unknown, index: number) => lines[index] ?? '',
  };
  const valueTicks = {
    color: text,
    maxRotation: 0,
    minRotation: 0,
    maxTicksLimit: Math.max(3, Math.floor(layout.width / 90)),
    callback: format,
  };
  return {
    type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset, index) =>
        round
          ? { label: dataset.label, data: dataset.data, backgroundColor: spec.labels.map((_, slice) => colour(slice)), borderColor: background, borderWidth: 2 }
          : {
              label: dataset.label,
              data: dataset.data,
              backgroundColor: colour(index),
              borderColor: colour(index),
              borderWidth: spec.type === 'line' ? 3 : 0,
              ...(horizontal ? { maxBarThickness: BAR } : { maxBarThickness: 56 }),
              spanGaps: false,
            },
      ),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // Charts appear at once: movement distracts and proves nothing.
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      color: text,
      layout: { padding: horizontal ? { right: valuePadding, top: 4 } : { top: round ? 0 : valuePadding, right: 8 } },
      plugins: {
        // Registered as a fallback; the palette above sets every series' colour itself.
        colors: { enabled: true, forceOverride: false },
        // The legend is HTML under the canvas (ChartFigure.astro), so it wraps instead of being cut.
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (context: { dataset: { label?: string }; raw: unknown }) => `${context.dataset.label ?? ''}: ${format(context.raw)}`,
          },
        },
      },
      scales: round
        ? {}
        : {
            x: { stacked, beginAtZero: true, ticks: horizontal ? valueTicks : categoryTicks, grid: { color: grid, display: horizontal } },
            y: { stacked, beginAtZero: true, ticks: horizontal ? categoryTicks : valueTicks, grid: { color: grid, display: !horizontal } },
          },
    },
    plugins: round ? [] : [valueLabels(spec, horizontal, layout.dark, layout.fontFamily ?? 'sans-serif')],
  };
}
