// The young people's editions, on a 390×844 phone: help first, short, themes as contents; and each
// edition's poster prints on one A4 page with the help numbers.
import { expect, test } from '@playwright/test';
import { builtContent, sitemapPaths } from './site';

const PHONE = { width: 390, height: 844 };
// "About 12 screens": a little room for a longer line or two, never a 13th screen.
const MAX_SCREENS = 12.5;
const MAX_WORDS = 1800;

const content = builtContent();
const editions = sitemapPaths().filter((path) => path.endsWith('/young-people/'));
const posters = sitemapPaths().filter((path) => path.endsWith('/young-people/poster/'));

test('every published report with an edition has its young people’s page and poster in the sitemap', () => {
  const published = new Set(content.reports.filter((report) => !report.data.draft).map((report) => report.id));
  const expected = (content.youngPeople ?? []).filter((edition) => published.has(edition.id)).map((edition) => `/${edition.id}/young-people/`);
  expect(expected.length).toBeGreaterThan(0);
  expect(editions.sort()).toEqual(expected.sort());
  expect(posters.sort()).toEqual(expected.map((path) => `${path}poster/`).sort());
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const path of editions) {
    const edition = content.youngPeople!.find((entry) => path === `/${entry.id}/young-people/`)!;

    test(`${path} puts help in the first two screens`, async ({ page }) => {
      await page.goto(path);
      const help = page.locator('main').getByRole('heading', { name: 'Who can help you now' });
      await expect(help).toHaveCount(1);
      const childline = page.getByRole('link', { name: /0800 1111/ }).first();
      await expect(childline).toHaveAttribute('href', 'tel:08001111');
      await expect(page.getByRole('link', { name: /999/ }).first()).toHaveAttribute('href', 'tel:999');
      for (const locator of [help, childline]) {
        const box = (await locator.boundingBox())!;
        expect(box.y + box.height, 'within the first two phone screens').toBeLessThanOrEqual(2 * PHONE.height);
      }
      await expect(page.getByText(/Leave this page fast/)).toBeVisible();
      await expect(page.getByRole('button', { name: /Leave this site/ })).toBeInViewport();
      // Help appears once in the page's own content (the site footer carries the site-wide help).
      await expect(page.locator('main').getByRole('link', { name: /0800 1111/ })).toHaveCount(1);
    });

    test(`${path} says who it is for, links the full report and lists its themes`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByText(`For young people aged ${edition.data.audience}`)).toBeVisible();
      await expect(page.getByRole('link', { name: /Read the full report/ })).toHaveAttribute('href', `/${edition.id}/`);
      const contents = page.getByRole('navigation', { name: 'What is on this page' });
      await expect(contents.getByRole('link')).toHaveText(edition.data.themes.map((theme) => theme.title));
      for (const theme of edition.data.themes) {
        const part = page.getByRole('region', { name: theme.title });
        await expect(part).toContainText(theme.forYou.split('. ')[0]!);
        await expect(part.getByRole('heading', { name: 'What this means for you' })).toBeVisible();
        for (const number of theme.numbers) await expect(part).toContainText(number.text.replace(/\s+/g, ' ').trim());
        await expect(part.locator('.app-theme-icon')).toHaveAttribute('aria-hidden', 'true');
        for (const slug of theme.sections) await expect(part.locator(`a[href="/${edition.id}/${slug}/"]`)).toHaveCount(1);
      }
    });

    test(`${path} fits about 12 phone screens and ${MAX_WORDS} words`, async ({ page }) => {
      await page.goto(path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height / PHONE.height, `${height}px is ${(height / PHONE.height).toFixed(1)} screens`).toBeLessThanOrEqual(MAX_SCREENS);
      const words = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);
      expect(words).toBeLessThanOrEqual(MAX_WORDS);
      // Left-aligned and without italics, for easier reading.
      const styles = await page.locator('main .app-yp p, main .app-yp li').evaluateAll((nodes) =>
        nodes.map((node) => `${getComputedStyle(node).textAlign} ${getComputedStyle(node).fontStyle}`),
      );
      expect(styles.filter((style) => !/^(start|left) normal$/.test(style))).toEqual([]);
    });
  }
});

for (const path of posters) {
  test(`${path} prints on one A4 page with the help numbers`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('link', { name: /0800 1111/ }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /999/ }).first()).toBeVisible();
    const edition = content.youngPeople!.find((entry) => path === `/${entry.id}/young-people/poster/`)!;
    await expect(page.locator('.app-poster__themes > li')).toHaveCount(edition.data.themes.length);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
  });
}
