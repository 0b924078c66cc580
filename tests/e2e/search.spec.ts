// Search finds what families mean: everyday words, filters, keyboard use, and a list without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toHaveText(/^(No results\.|\d+ results?\b)/, { timeout: 20_000 });
  return page.getByRole('list', { name: 'Search results' }).locator(':scope > li h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const EVERYDAY_QUERIES: [query: string, expected: RegExp, within: number][] = [
  ['running away', /\/missing/, 3],
  ['allegation against a teacher', /\/lado\//, 3],
  ['children in care', /\/corporate-parenting\/|\/in-care|looked-after/, 5],
  ['private fostering', /\/private-fostering\//, 3],
  ['knife crime', /serious-youth-violence-review/, 5],
  ['online safety', /online/, 5],
];

for (const [query, expected, within] of EVERYDAY_QUERIES) {
  test(`“${query}” finds the right page near the top`, async ({ page }) => {
    const found = await results(page, query);
    expect(found.slice(0, within).some((path) => expected.test(path)), `top ${within}: ${found.slice(0, within).join(', ')}`).toBe(true);
  });
}

test('the header search box submits to the search page and shows results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the reports' }).fill('private fostering');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=private\+fostering/);
  await expect(page.getByRole('list', { name: 'Search results' }).locator(':scope > li').first()).toBeVisible({ timeout: 20_000 });
});

test('a filter narrows the results to one partnership', async ({ page }) => {
  const all = await results(page, 'LADO');
  await page.getByRole('group', { name: 'Partnership' }).getByRole('checkbox', { name: 'City & Hackney Safeguarding Children Partnership' }).check();
  await expect(page).toHaveURL(/partnership=CHSCP/);
  await expect(page.getByText('Filter results (1 on)')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^(No results\.|\d+ results?\b)/, { timeout: 20_000 });
  const narrowed = await page.getByRole('list', { name: 'Search results' }).locator(':scope > li h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(all.length);
  expect(narrowed.every((path) => path.startsWith('/city-and-hackney/'))).toBe(true);
});

test('the young people filter finds young people’s pages', async ({ page }) => {
  await page.goto('/search/?q=safe&audience=Young+people');
  await expect(page.getByRole('status')).toHaveText(/^(No results\.|\d+ results?\b)/, { timeout: 20_000 });
  const paths = await page.getByRole('list', { name: 'Search results' }).locator(':scope > li h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((path) => path.endsWith('/young-people/'))).toBe(true);
});

test('search works by keyboard alone, including moving through the results', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel(/Search for a word or question/).focus();
  await page.keyboard.type('running away');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^(No results\.|\d+ results?\b)/, { timeout: 20_000 });
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test('results link to the right heading inside a page', async ({ page }) => {
  await results(page, 'return home interviews');
  const sub = page.getByRole('list', { name: 'Search results' }).locator('li ul a').first();
  await expect(sub).toHaveAttribute('href', /#.+/);
});

test('the search page with results on screen has no accessibility violations', async ({ page }) => {
  await results(page, 'running away');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test('search code is not loaded on other pages', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('pagefind')) scripts.push(request.url());
  });
  await page.goto('/get-help/', { waitUntil: 'networkidle' });
  expect(scripts.filter((url) => /search|pagefind/.test(url))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page lists every report instead, each linking to its sections', async ({ page }) => {
    await page.goto('/search/?q=lado');
    await expect(page.getByRole('heading', { name: 'Every report' })).toBeVisible();
    // Playwright's text engine skips <noscript>, so the list is found by structure and role.
    const lists = page.locator('section[aria-labelledby^="all-"]');
    await expect(lists).toHaveCount(2);
    // No empty space held for results that cannot load: the list starts on the first phone screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await page.getByRole('heading', { name: 'Every report' }).boundingBox())!.y).toBeLessThan(844);
    await expect(lists.first().getByRole('link', { name: /Annual report 2024-25/ })).toBeVisible();
    await expect(lists.getByRole('link', { name: "Young people's version" }).first()).toBeVisible();
    // One link per report (and its young people's edition), not one per section: the page stays small at any scale.
    const reports = await lists.getByRole('listitem').count();
    expect(reports).toBe(5);
    await lists.first().getByRole('link', { name: /Annual report 2024-25/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Annual Report/i);
    // The overview lists the report's sections (grouped in closed <details>).
    await expect(page.getByRole('link', { name: /missing from care/i, includeHidden: true }).first()).toBeAttached();
  });
});
