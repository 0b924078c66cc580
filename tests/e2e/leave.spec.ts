import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_SITE } from './site';

async function fakeNeutralSite(page: Page) {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
}

test.beforeEach(async ({ page }) => fakeNeutralSite(page));

test('the Leave this site button replaces the page, so Back does not return to it', async ({ page }) => {
  await page.goto('/');
  await page.goto('/get-help/');
  await page.getByRole('button', { name: /Leave this site/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('pressing Shift three times leaves the site', async ({ page }) => {
  await page.goto('/glossary/');
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_SITE);
});

test('pressing Shift twice does not leave the site', async ({ page }) => {
  await page.goto('/glossary/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL('/glossary/');
});

test('the page is hidden at once when leaving, before the neutral site loads', async ({ page }) => {
  await page.goto('/get-help/');
  const visibility = await page.evaluate(() => {
    // Stop the navigation itself so that the page can be inspected the moment after the click.
    window.addEventListener('beforeunload', (event) => event.stopImmediatePropagation(), { capture: true });
    document.querySelector<HTMLElement>('.app-leave')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return getComputedStyle(document.querySelector('main')!).visibility;
  });
  expect(visibility).toBe('hidden');
});

test('a "Leave this site" link, with the same name as the button, comes straight after the skip link for keyboard users', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const exit = page.getByRole('link', { name: /^Leave this site/ });
  const button = page.getByRole('button', { name: /^Leave this site/ });
  expect(await exit.evaluate((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toBe(await button.evaluate((link) => link.textContent?.replace(/\s+/g, ' ').trim()));
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(NEUTRAL_SITE);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the Leave this site button is still a plain link to the neutral site', async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('/');
    await page.getByRole('button', { name: /Leave this site/ }).click();
    await expect(page).toHaveURL(NEUTRAL_SITE);
  });
});
