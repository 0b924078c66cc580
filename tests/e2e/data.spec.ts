// Open data and print: the downloads and the print page hold what the content files say.
import { expect, test } from '@playwright/test';
import { builtContent } from './site';

const content = builtContent();

for (const report of content.reports) {
  const sections = content.sections.filter((section) => section.id.startsWith(`${report.id}/`)).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const figures = sections.flatMap((section) => section.data.metrics);
  const chartValues = sections.flatMap((section) => section.data.charts.flatMap((chart) => chart.datasets.flatMap((dataset) => dataset.data)));

  test(`${report.id}: data.json has a row for every figure and chart value`, async ({ request }) => {
    const response = await request.get(`/${report.id}/data.json`);
    expect(response.ok()).toBe(true);
    const body = await response.json();
    expect(body.rows.filter((row: { kind: string }) => row.kind === 'figure').map((row: { value: number | null }) => row.value)).toEqual(figures.map((metric) => metric.value));
    expect(body.rows.filter((row: { kind: string }) => row.kind === 'chart').map((row: { value: number | null }) => row.value)).toEqual(chartValues);
  });

  test(`${report.id}: data.csv starts with a byte-order mark and has one line per row`, async ({ request }) => {
    const response = await request.get(`/${report.id}/data.csv`);
    const text = (await response.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trimEnd().split('\r\n').filter((line) => /^[a-z0-9-]+\/[a-z0-9-]+,/.test(line));
    expect(lines.length).toBe(figures.length + chartValues.length);
  });

  test(`${report.id}: the print page has every section, in order`, async ({ page }) => {
    await page.goto(`/${report.id}/print/`);
    const titles = sections.map((section) => section.data.title);
    await expect(page.locator('.app-print-section > h2')).toHaveText(titles);
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  });
}
