import { expect, test } from '@playwright/test';
import { builtContent } from './site';

const content = builtContent();
const partnership = content.partnerships.sort((a, b) => a.data.order - b.data.order)[0]!;
const report = content.reports.filter((entry) => entry.id.startsWith(`${partnership.id}/`)).sort((a, b) => b.data.period.start.getTime() - a.data.period.start.getTime())[0]!;

test('a reader goes from the home page to a section and back up by the breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: partnership.data.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: partnership.data.name })).toBeVisible();
  await page.getByRole('link', { name: report.data.shortTitle, exact: true }).first().click();
  await expect(page).toHaveURL(`/${report.id}/`);
  const contents = page.getByRole('region', { name: 'Contents' });
  const firstSection = contents.getByRole('link').first();
  const title = (await firstSection.textContent())!.trim();
  await firstSection.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: report.data.shortTitle }).click();
  await expect(page).toHaveURL(`/${report.id}/`);
});

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto(`/${report.id}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a section page shows its summary, simple words box, source pages and previous or next links', async ({ page }) => {
  const section = content.sections.find((entry) => entry.id.startsWith(`${report.id}/`))!;
  await page.goto(`/${section.id}/`);
  await expect(page.getByText(section.data.summary).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'In simple words' })).toContainText(section.data.youngPeople.forYou);
  await expect(page.getByText(/Source/).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next sections' })).toBeVisible();
});

test('the "In simple words" box links to the young people’s theme that draws on the section, which links back', async ({ page }) => {
  const edition = content.youngPeople?.find((entry) => entry.id === report.id);
  test.skip(!edition, 'This report has no young people’s edition in this build.');
  const theme = edition!.data.themes[0]!;
  const section = content.sections.find((entry) => entry.id === `${report.id}/${theme.sections[0]}`)!;
  await page.goto(`/${section.id}/`);
  await page.getByRole('region', { name: 'In simple words' }).getByRole('link').click();
  await expect(page).toHaveURL(`/${report.id}/young-people/#${theme.id}`);
  const part = page.getByRole('region', { name: theme.title });
  await expect(part).toBeVisible();
  await part.getByRole('link', { name: section.data.title, exact: true }).click();
  await expect(page).toHaveURL(`/${section.id}/`);
});

test('an old section address (alias) still arrives at the section', async ({ page }) => {
  const aliased = content.sections.find((entry) => entry.data.aliases.length > 0);
  test.skip(!aliased, 'No section in this content has a former slug.');
  const [p, r] = aliased!.id.split('/');
  await page.goto(`/${p}/${r}/${aliased!.data.aliases[0]}/`);
  await expect(page).toHaveURL(`/${aliased!.id}/`);
});

test('an unknown address shows the page-not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
