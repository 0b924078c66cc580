// Reading on a small phone: at 320 CSS pixels wide (the same as 1280 at 400% zoom) no page scrolls
// sideways; wide tables scroll inside their own box instead. Checked on every page in the sitemap.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const samples = sitemapPaths();

test.use({ viewport: { width: 320, height: 640 } });

for (const path of samples) {
  test(`${path} fits a 320 pixel wide screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
