// The privacy promise, checked on every page: no request to another origin, no cookies, no storage.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

for (const path of sitemapPaths()) {
  test(`${path} makes no request to another origin and stores nothing`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000); // brings lazy charts into view, so their scripts load too
    await page.waitForLoadState('networkidle');
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(foreign).toEqual([]);
    expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
    expect(await page.context().cookies()).toEqual([]);
  });
}
