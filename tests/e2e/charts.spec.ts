// Every chart's table holds exactly the content file's values, and chart.js draws over it.
import { expect, test } from '@playwright/test';
import { formatNumber } from '../../src/lib/format';
import { settleIds } from '../../src/lib/site';
import { builtContent } from './site';

const sections = builtContent().sections.filter((section) => section.data.charts.length > 0);

test('at least one section has a chart', () => {
  expect(sections.length).toBeGreaterThan(0);
});

for (const section of sections) {
  test(`${section.id}: chart tables match the content file`, async ({ page }) => {
    await page.goto(`/${section.id}/`);
    for (const chart of settleIds(section.data.charts, (entry) => entry.title)) {
      const table = page.locator(`#chart-${chart.id} table`);
      await expect(table.locator('caption')).toContainText(chart.title);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
      const expected = chart.labels.map((label, index) => [label, ...chart.datasets.map((dataset) => formatNumber(dataset.data[index] ?? null, chart.unit))]);
      expect(rows).toEqual(expected);
    }
  });
}

test('a chart is drawn when it comes into view, with its table still there', async ({ page }) => {
  const section = sections[0]!;
  await page.goto(`/${section.id}/`);
  const figure = page.locator('figure.app-chart').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('canvas')).toBeVisible();
  await expect.poll(() => figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(0);
  await expect(figure.locator('table')).toBeVisible();
});

test('chart.js is not loaded on a page without charts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/glossary/', { waitUntil: 'networkidle' });
  expect(scripts.some((url) => /chart/i.test(url))).toBe(false);
});
