// Completeness: every contents entry of the source has a page, and board members can compare years.
import { expect, test } from '@playwright/test';
import { ISCP_2024_25_CONTENTS } from '../fixtures/iscp-2024-25-contents';
import { builtContent, sitemapPaths } from './site';

const paths = new Set(sitemapPaths());
const onThisSite = builtContent().partnerships.some((partnership) => partnership.id === 'islington');

test('all 51 entries of the ISCP 2024-25 contents list have a page', () => {
  test.skip(!onThisSite, 'This build does not include the Islington reports.');
  expect(ISCP_2024_25_CONTENTS).toHaveLength(51);
  const missing = ISCP_2024_25_CONTENTS.filter(([slug]) => !paths.has(`/islington/2024-25/${slug}/`)).map(([, entry]) => entry);
  expect(missing).toEqual([]);
});

test('at least eight measures have values from both ISCP annual reports', () => {
  test.skip(!onThisSite, 'This build does not include the Islington reports.');
  const years = new Map<string, Set<string>>();
  for (const section of builtContent().sections) {
    for (const metric of section.data.metrics) {
      if (!metric.catalogue || !section.id.startsWith('islington/20')) continue;
      years.set(metric.catalogue, (years.get(metric.catalogue) ?? new Set()).add(section.id.split('/')[1]!));
    }
  }
  const both = [...years].filter(([, reports]) => reports.has('2020-21') && reports.has('2024-25')).map(([id]) => id);
  expect(both.length).toBeGreaterThanOrEqual(8);
  for (const id of both) expect(paths.has(`/figures/${id}/`)).toBe(true);
});

test('a measure page shows each year’s value and links to where it came from', async ({ page }) => {
  test.skip(!onThisSite, 'This build does not include the Islington reports.');
  await page.goto('/figures/lado-contacts/');
  const table = page.getByRole('table', { name: /every published value/ });
  await expect(table).toContainText('287');
  await expect(table.locator('tbody tr').filter({ hasText: 'Islington' })).not.toHaveCount(0);
  expect(await table.locator('tbody tr').filter({ hasText: 'Islington' }).count()).toBeGreaterThanOrEqual(2);
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#figure-/);
});
