// axe over every URL in the sitemap, not a sample.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../e2e/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of sitemapPaths()) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    // A whole report on one page is many thousands of nodes: axe needs more than the default minute there.
    if (path.endsWith('/print/')) test.slow();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
