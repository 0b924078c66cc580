// The dark colour scheme keeps the same contrast: axe on one page of each kind with dark mode on.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../e2e/site';

const paths = sitemapPaths();
const samples = [
  '/',
  '/glossary/',
  '/search/?q=missing',
  paths.find((path) => /^\/[^/]+\/[^/]+\/[^/]+\/$/.test(path) && !/young-people|print/.test(path)),
  paths.find((path) => path.endsWith('/young-people/')),
  paths.find((path) => /^\/figures\/.+\/$/.test(path)),
].filter((path): path is string => Boolean(path));

test.use({ colorScheme: 'dark' });

for (const path of samples) {
  test(`${path} has no accessibility violations in dark mode`, async ({ page }) => {
    await page.goto(path);
    await page.mouse.wheel(0, 20_000);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}
