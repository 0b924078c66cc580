// The reusable MDX components, as readers meet them in the CHSCP and ISCP pages, and help that fits each page.
import { expect, test } from '@playwright/test';
import { builtContent } from './site';

const content = builtContent();
const has = (id: string) => content.sections.some((section) => section.id === id);
const STATUS_WORDS = /^(Complete|Green: on track|Amber: some delay|Red: off track|Not started|Ongoing)$/;

test('an action plan writes every status in words, not colour alone', async ({ page }) => {
  test.skip(!has('city-and-hackney/2024-25/case-a'), 'No action plan in this build.');
  await page.goto('/city-and-hackney/2024-25/case-a/');
  const statuses = page.locator('table.app-action-plan .app-rag');
  expect(await statuses.count()).toBeGreaterThan(0);
  for (const text of await statuses.allTextContents()) expect(text.trim()).toMatch(STATUS_WORDS);
});

test('an attendance grid is a table that says who attended in words', async ({ page }) => {
  test.skip(!has('city-and-hackney/2024-25/attendance'), 'No attendance grid in this build.');
  await page.goto('/city-and-hackney/2024-25/attendance/');
  const table = page.locator('table.app-attendance').first();
  await expect(table.locator('caption')).not.toBeEmpty();
  const cells = await table.locator('td').allTextContents();
  expect(cells.some((cell) => cell.trim() === 'Attended')).toBe(true);
  expect(cells.every((cell) => !/[✓✔✗✘]/.test(cell))).toBe(true);
});

test('the golden rules spell out each letter of SAFER', async ({ page }) => {
  test.skip(!has('city-and-hackney/2024-25/safer-golden-rules'), 'No golden rules in this build.');
  await page.goto('/city-and-hackney/2024-25/safer-golden-rules/');
  await expect(page.locator('.app-golden-rules li')).toHaveCount(5);
});

test('a safeguarding snapshot shows its period with its figures', async ({ page }) => {
  test.skip(!has('city-and-hackney/2024-25/city-of-london-snapshot'), 'No snapshot in this build.');
  await page.goto('/city-and-hackney/2024-25/city-of-london-snapshot/');
  await expect(page.locator('.app-snapshot').first()).toContainText(/20\d\d/);
  expect(await page.locator('.app-snapshot li').count()).toBeGreaterThan(0);
});

test('all 8 recommendations and 6 considerations of the practice review have their own anchors', async ({ page }) => {
  test.skip(!has('islington/serious-youth-violence-review/recommendations'), 'No practice review in this build.');
  await page.goto('/islington/serious-youth-violence-review/recommendations/');
  for (let number = 1; number <= 8; number += 1) await expect(page.locator(`#recommendation-${number} h3`)).toContainText(`Recommendation ${number}`);
  await page.goto('/islington/serious-youth-violence-review/considerations/#consideration-c');
  for (const letter of 'abcdef') await expect(page.locator(`#consideration-${letter} h3`)).toContainText(`Consideration ${letter.toUpperCase()}`);
  await expect(page.locator('#consideration-c')).toBeInViewport();
});

test('the practice review warns before it talks about deaths and violence, with help beside it', async ({ page }) => {
  test.skip(!has('islington/serious-youth-violence-review/introduction'), 'No practice review in this build.');
  await page.goto('/islington/serious-youth-violence-review/introduction/');
  const notice = page.getByRole('complementary', { name: 'Before you read' });
  await expect(notice).toContainText('young people who died');
  await expect(notice.getByRole('link', { name: '0800 1111' })).toBeVisible();
});

test.describe('help that is always close', () => {
  test('the get help page lists the national services with their numbers', async ({ page }) => {
    await page.goto('/get-help/');
    for (const number of ['999', '0800 1111', '0808 800 5000', '0800 528 0731']) {
      await expect(page.getByRole('link', { name: number }).first()).toHaveAttribute('href', `tel:${number.replace(/ /g, '')}`);
    }
  });

  test('a section shows help suited to its topic', async ({ page }) => {
    const missing = content.sections.find((section) => section.data.help === 'missing');
    test.skip(!missing, 'No section about going missing in this build.');
    await page.goto(`/${missing!.id}/`);
    await expect(page.getByRole('complementary', { name: 'If a child runs away or goes missing' })).toBeVisible();
  });

  test('the young people’s page gives help once, before the themes', async ({ page }) => {
    const edition = content.youngPeople?.[0];
    test.skip(!edition, 'No young people’s edition in this build.');
    await page.goto(`/${edition!.id}/young-people/`);
    await expect(page.locator('main').getByRole('heading', { name: 'Who can help you now' })).toHaveCount(1);
    const help = (await page.getByRole('heading', { name: 'Who can help you now' }).boundingBox())!;
    const firstTheme = (await page.getByRole('heading', { name: edition!.data.themes[0]!.title, level: 2 }).boundingBox())!;
    expect(help.y).toBeLessThan(firstTheme.y);
  });

  test('the leave this site page explains what it cannot hide', async ({ page }) => {
    await page.goto('/leave-this-site/');
    await expect(page.getByRole('heading', { name: 'What it cannot do' })).toBeVisible();
    await expect(page.getByText(/does not delete your browsing history/)).toBeVisible();
  });
});

test('an abbreviation is explained where it first appears, with a link to the glossary', async ({ page }) => {
  test.skip(!has('islington/2024-25/lado'), 'No LADO section in this build.');
  await page.goto('/islington/2024-25/lado/');
  const first = page.locator('.app-prose a.app-abbr', { hasText: 'LADO' }).first();
  await expect(first).toHaveAttribute('href', '/glossary/#lado');
  await expect(first).toContainText('Local Authority Designated Officer');
  await first.click();
  await expect(page.locator('#lado')).toBeInViewport();
});
