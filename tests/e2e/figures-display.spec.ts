// Every chart and table on the site, read as a phone and a desktop would show them: at 320, 390 and
// 1280 px wide no chart label is rotated, cut or overprinted, every plot has room for its bars, the
// legend fits, no number in a table is cut or wrapped (a table that must scroll says so), and each
// chart's CSV and JSON hold the values of its table. One page load per page per width.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtContent, sitemapPaths } from './site';

const builtHtml = (path: string) => {
  const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};
// The print page repeats every section's charts at the same width (and prints them as tables), so
// checking the section pages covers it at a fraction of the time.
const pages = sitemapPaths()
  .filter((path) => !path.endsWith('/print/'))
  .map((path) => ({ path, html: builtHtml(path) }));
const chartPages = pages.filter((page) => page.html.includes('data-chart=')).map((page) => page.path);
const tableOnlyPages = pages.filter((page) => page.html.includes('<table') && !page.html.includes('data-chart=')).map((page) => page.path);

interface Geometry {
  horizontal: boolean;
  width: number;
  plotWidth: number;
  plotHeight: number;
  bars: number;
  problems: string[];
}

/** Draws every chart on the page (each draws as it nears the viewport) and checks its geometry and legend. */
async function checkCharts(page: Page) {
  const figures = page.locator('figure.app-chart');
  const count = await figures.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const figure = figures.nth(index);
    const name = (await figure.getAttribute('id')) ?? `chart ${index + 1}`;
    await figure.scrollIntoViewIfNeeded();
    const canvas = figure.locator('canvas');
    await expect(canvas, `${name} is drawn`).toHaveAttribute('data-geometry', /problems/, { timeout: 15_000 });
    const geometry = JSON.parse((await canvas.getAttribute('data-geometry'))!) as Geometry;
    expect(geometry.problems, `${name}: tick labels`).toEqual([]);
    expect(geometry.plotWidth, `${name}: plot width`).toBeGreaterThanOrEqual(60);
    const minimumHeight = geometry.horizontal ? geometry.bars * 22 : 140;
    expect(geometry.plotHeight, `${name}: plot height for ${geometry.bars} categories`).toBeGreaterThanOrEqual(minimumHeight);
    const legendCut = await figure.locator('[data-chart-legend] li').evaluateAll((items) =>
      items
        .filter((item) => {
          const box = item.getBoundingClientRect();
          const frame = item.closest('figure')!.getBoundingClientRect();
          return item.scrollWidth > item.clientWidth + 1 || box.right > frame.right + 1 || box.left < frame.left - 1;
        })
        .map((item) => item.textContent),
    );
    expect(legendCut, `${name}: legend entries cut`).toEqual([]);
    const canvasBox = await canvas.boundingBox();
    const frameBox = await figure.boundingBox();
    expect(canvasBox!.x + canvasBox!.width, `${name}: canvas inside its figure`).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 1);
  }
}

/** Every table box: numbers whole and on one line; a box that must scroll shows the hint and takes focus, one that fits does not. */
async function checkTables(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const pageWidth = document.documentElement.clientWidth;
    for (const table of document.querySelectorAll('table')) {
      const wrap = table.closest<HTMLElement>('.app-table-wrap');
      const caption = table.caption?.textContent?.trim().slice(0, 50) ?? wrap?.getAttribute('aria-label') ?? 'a table';
      if (!wrap) {
        if (table.getBoundingClientRect().right > pageWidth + 1) found.push(`${caption}: wider than the screen and not in a scroll box`);
        continue;
      }
      const overflowing = wrap.scrollWidth > wrap.clientWidth + 1;
      if (overflowing) {
        if (!getComputedStyle(wrap, '::before').content.includes('Scroll the table sideways')) found.push(`${caption}: scrolls without the hint`);
        if (wrap.getAttribute('tabindex') !== '0') found.push(`${caption}: scrolls but takes no keyboard focus`);
        const first = table.querySelector('tbody tr > :first-child');
        if (first && getComputedStyle(first).position !== 'sticky') found.push(`${caption}: first column does not stay in view`);
      } else if (wrap.hasAttribute('tabindex')) {
        found.push(`${caption}: fits but is still a tab stop`);
      }
      const right = wrap.getBoundingClientRect().right;
      for (const cell of table.querySelectorAll<HTMLElement>('td.app-num, .app-nowrap')) {
        const text = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        if (!text) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) found.push(`${caption}: "${text.textContent!.trim()}" is wrapped onto ${lines.size} lines`);
        if (cell.scrollWidth > cell.clientWidth + 1) found.push(`${caption}: "${text.textContent!.trim()}" is cut inside its cell`);
        if (!overflowing && range.getBoundingClientRect().right > right + 1) found.push(`${caption}: "${text.textContent!.trim()}" is cut at the edge`);
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
}

test('the site has charts and tables to check', () => {
  expect(chartPages.length).toBeGreaterThan(10);
  expect(tableOnlyPages.length).toBeGreaterThan(0);
});

for (const width of [320, 390, 1280]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width === 1280 ? 900 : 844 } });
    for (const path of chartPages) {
      test(`${path}: every chart is readable${width === 320 ? ' and no table hides a number' : ''}`, async ({ page }) => {
        await page.goto(path);
        await checkCharts(page);
        if (width === 320) await checkTables(page);
      });
    }
  });
}

test.describe('320 px wide, pages with tables but no chart', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of tableOnlyPages) {
    test(`${path}: no table hides a number`, async ({ page }) => {
      await page.goto(path);
      await checkTables(page);
    });
  }
});

/** Splits RFC 4180 CSV (quoted fields, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

const sectionPaths = builtContent().sections.filter((section) => section.data.charts.length > 0).map((section) => `/${section.id}/`);

for (const path of sectionPaths) {
  test(`${path}: each chart has CSV and JSON downloads that match its table`, async ({ page, request }) => {
    await page.goto(path);
    const figures = page.locator('figure.app-chart');
    for (let index = 0; index < (await figures.count()); index += 1) {
      const figure = figures.nth(index);
      const table = await figure.locator('table').evaluate((element: HTMLTableElement) => [...element.rows].map((row) => [...row.cells].map((cell) => cell.textContent!.trim())));
      const csvHref = await figure.getByRole('link', { name: /^CSV/ }).getAttribute('href');
      const jsonHref = await figure.getByRole('link', { name: /^JSON/ }).getAttribute('href');
      const csv = await request.get(csvHref!);
      expect(csv.ok()).toBe(true);
      expect(csv.headers()['content-type'] ?? '').toMatch(/csv/);
      const rows = parseCsv(await csv.text());
      expect(rows[0]).toEqual(table[0]!.map((heading, column) => (column === 0 ? 'Category' : heading)));
      const json = (await (await request.get(jsonHref!)).json()) as { title: string; rows: { category: string; values: Record<string, number | null> }[] };
      // Each value as the table prints it: the table adds thousands separators, units and "–" for none.
      const printed = (value: string) => value.replace(/[£,%]/g, '').replace(/^–$/, '').replace(/(st|nd|rd|th)$/, '');
      rows.slice(1).forEach((row, rowIndex) => {
        const tableRow = table[rowIndex + 1]!;
        expect(row[0]).toBe(tableRow[0]!.replace(/^'/, ''));
        row.slice(1).forEach((value, column) => expect(Number(value || NaN)).toEqual(Number(printed(tableRow[column + 1]!) || NaN)));
        expect(json.rows[rowIndex]!.category).toBe(tableRow[0]);
        Object.values(json.rows[rowIndex]!.values).forEach((value, column) => expect(value ?? NaN).toEqual(Number(printed(tableRow[column + 1]!) || NaN)));
      });
      expect(json.rows.length).toBe(table.length - 1);
    }
  });
}

test('no section page shows more than six headline tiles', () => {
  const counts = builtContent().sections.map((section) => ({ path: `/${section.id}/`, tiles: (builtHtml(`/${section.id}/`).match(/class="app-metric"/g) ?? []).length }));
  expect(counts.filter((entry) => entry.tiles > 6)).toEqual([]);
  expect(counts.some((entry) => entry.tiles === 6)).toBe(true);
});
