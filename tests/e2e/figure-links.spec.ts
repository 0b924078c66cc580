// Anyone can cite a figure: each tile and chart has a visible "Link to this figure", a link to it
// lands with the figure in view below the sticky "Leave this site" bar, and the figure is marked.
import { expect, test } from '@playwright/test';

const section = '/islington/2024-25/contacts-and-referrals/';
const targets = [
  { hash: '#figure-repeat-cp-plans', what: 'a headline tile' },
  { hash: '#figure-cla-three-placements', what: 'a row of the "All figures in this section" table' },
  { hash: '#chart-rates-compared', what: 'a chart' },
];

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const { hash, what } of targets) {
      test(`a link to ${what} lands with it in view below the sticky bar, and marks it`, async ({ page }) => {
        await page.goto(`${section}${hash}`);
        const target = page.locator(hash);
        await expect(target).toBeVisible();
        const bar = await page.locator('.app-leave-bar').boundingBox();
        const box = await target.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
        expect(box!.y + Math.min(box!.height, 80)).toBeLessThanOrEqual(viewport.height);
        const marked = await target.evaluate((element) => {
          const cell = element.tagName === 'TR' ? element.firstElementChild! : element;
          const style = getComputedStyle(cell);
          return style.backgroundColor !== getComputedStyle(document.body).backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
        });
        expect(marked).toBe(true);
      });
    }
  });
}

test('every tile and chart links to itself, and the link can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(section);
  const figures = page.locator('.app-metric, figure.app-chart');
  const count = await figures.count();
  expect(count).toBeGreaterThan(6);
  for (let index = 0; index < count; index += 1) {
    const figure = figures.nth(index);
    const id = await figure.getAttribute('id');
    await expect(figure.getByRole('link', { name: /^Link to this figure/ })).toHaveAttribute('href', `#${id}`);
  }
  const chart = page.locator('#chart-rates-compared');
  await chart.getByRole('button', { name: /^Copy link/ }).click();
  await expect(chart.getByRole('button', { name: /^Copy link/ })).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${section}#chart-rates-compared`, page.url()).href);
});

test('a note marker on a figure leads to its note, and the note leads back', async ({ page }) => {
  await page.goto(section);
  const marker = page.locator('#figure-contacts').getByRole('link', { name: /^Note \d+$/ });
  const name = (await marker.textContent())!.replace(/\D/g, '');
  await marker.click();
  const note = page.locator(`#note-${name}`);
  await expect(note).toBeInViewport();
  await expect(note).toContainText('14,052');
  await note.getByRole('link', { name: /^Back to text/ }).click();
  await expect(page.locator(`#note-ref-${name}`)).toBeInViewport();
});

test('a tile shows a rate with its unit words beneath the number, and no rank as a tile', async ({ page }) => {
  await page.goto(section);
  const tile = page.locator('#figure-cp-plan-rate');
  await expect(tile.locator('.app-metric__number')).toHaveText('97');
  await expect(tile.locator('.app-metric__unit')).toHaveText('per 10,000 children');
  await expect(page.locator('.app-metric', { hasText: 'position in England' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /position in England/ })).toContainText('46th');
});
