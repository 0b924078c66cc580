// Measure pages plot only readable periods, one series per area, in time order; /figures/ gives each
// measure's latest value and trend; report overviews compare key figures with the previous report.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const measurePages = sitemapPaths().filter((path) => /^\/figures\/[^/]+\/$/.test(path));

interface ChartData {
  area: string;
  points: { year: number; period: string; value: number }[];
  runs: number[];
}

test('there are measure pages to check', () => {
  expect(measurePages.length).toBeGreaterThan(5);
});

test('every measure page plots only stated periods, one series per area, in time order', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of measurePages) {
    await page.goto(path);
    const charts = await page.locator('[data-measure-chart]').evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.getAttribute('data-measure-chart')!)));
    const rows = await page.locator('[data-measure-table] tbody tr').evaluateAll((nodes) =>
      nodes.map((node) => ({ kind: node.getAttribute('data-period-kind'), label: node.getAttribute('data-period-label'), area: node.getAttribute('data-area') })),
    );
    const stated = new Set(rows.filter((row) => row.kind !== 'not-stated').map((row) => `${row.area}|${row.label}`));
    const plotted = new Set<string>();
    for (const series of (charts as ChartData[][]).flat()) {
      const years = series.points.map((point) => point.year);
      expect(years, `${path}: ${series.area} in time order`).toEqual([...years].sort((a, b) => a - b));
      for (const point of series.points) plotted.add(`${series.area}|${point.period}`);
    }
    for (const chart of charts as ChartData[][]) {
      const areas = chart.map((series) => series.area);
      expect(new Set(areas).size, `${path}: one series per area`).toBe(areas.length);
    }
    for (const key of plotted) expect(stated.has(key), `${path}: ${key} is a stated period in the table`).toBe(true);
    if (charts.length > 0) expect(plotted, `${path}: every stated period is plotted`).toEqual(stated);
  }
});

test('LADO contacts draw Hackney, the City of London and Islington as separate series', async ({ page }) => {
  await page.goto('/figures/lado-contacts/');
  const charts = (await page.locator('[data-measure-chart]').evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.getAttribute('data-measure-chart')!)))) as ChartData[][];
  const byArea = Object.fromEntries(charts.flat().map((series) => [series.area, series.points.map((point) => `${point.period}: ${point.value}`)]));
  expect(byArea).toMatchObject({
    Hackney: ['2023-24: 411', '2024-25: 463'],
    'City of London': ['2024-25: 122'],
  });
  // 2020-21 and 2024-25 are not neighbours: the Islington series is two separate runs, not one line.
  const islington = charts.flat().find((series) => series.area === 'Islington')!;
  expect(islington.runs.every((run) => run === 1) || islington.runs.length > 1).toBe(true);
  await expect(page.getByRole('img', { name: /Contacts to the LADO/ }).first()).toBeVisible();
});

test('a measure with one value shows it as a figure, not a chart', async ({ page }) => {
  await page.goto('/figures/fgc-referrals/');
  await expect(page.locator('[data-measure-chart]')).toHaveCount(0);
  await expect(page.getByText(/only value published so far/)).toBeVisible();
});

test('the figures list gives each measure its latest value, areas and a trend, never "(1 value)"', async ({ page }) => {
  await page.goto('/figures/');
  await expect(page.locator('main')).not.toContainText('(1 value)');
  const items = page.locator('.app-measure-list > li');
  expect(await items.count()).toBe(measurePages.length);
  for (const item of await items.all()) {
    await expect(item.getByText('Latest', { exact: true })).toBeVisible();
    await expect(item.getByText(/^Areas?$/)).toBeVisible();
  }
  const lado = items.filter({ has: page.getByRole('link', { name: 'Contacts to the LADO' }) });
  await expect(lado.getByRole('img', { name: /^Trend\. Islington: 189 in 2019-20, 156 in 2020-21, 285 in 2023-24, 287 in 2024-25\.$/ })).toBeVisible();
});

test('the Islington 2024-25 overview compares key figures with the 2020-21 report', async ({ page }) => {
  await page.goto('/islington/2024-25/');
  const table = page.getByRole('table', { name: /Key figures/ });
  await expect(page.getByRole('heading', { name: 'Key figures compared with the previous report' })).toBeVisible();
  const lado = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Contacts to the LADO/ }) });
  await expect(lado.getByRole('cell').nth(0)).toContainText('287');
  await expect(lado.getByRole('cell').nth(1)).toContainText('156');
  await expect(lado.getByRole('cell').nth(2)).toHaveText(/^up 131/);
});

test('a first annual report says there is nothing earlier to compare with', async ({ page }) => {
  await page.goto('/city-and-hackney/2024-25/');
  await expect(page.getByText(/no earlier report to compare it with yet/)).toBeVisible();
});
