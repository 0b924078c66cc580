// The year switcher stays on the same section when the other year has it, both ways.
import { expect, test } from '@playwright/test';
import { builtContent } from './site';

const content = builtContent();
const slugOf = (id: string) => id.split('/')[2]!;
const topicOf = (section: (typeof content.sections)[number]) => section.data.topic ?? slugOf(section.id);

// Pairs of annual reports of one partnership that share at least one section.
const pairs = content.reports
  .filter((report) => report.data.kind === 'annual-report')
  .flatMap((report) =>
    content.reports
      .filter((other) => other !== report && other.data.kind === 'annual-report' && other.id.split('/')[0] === report.id.split('/')[0])
      .map((other) => ({ report, other })),
  );

test('at least one section appears in two years', () => {
  const shared = pairs.some(({ report, other }) => {
    const topics = new Set(content.sections.filter((section) => section.id.startsWith(`${other.id}/`)).map(topicOf));
    return content.sections.some((section) => section.id.startsWith(`${report.id}/`) && topics.has(topicOf(section)));
  });
  expect(shared).toBe(true);
});

for (const { report, other } of pairs) {
  const here = content.sections.filter((section) => section.id.startsWith(`${report.id}/`));
  const there = content.sections.filter((section) => section.id.startsWith(`${other.id}/`));
  const match = here.find((section) => there.some((candidate) => topicOf(candidate) === topicOf(section)));
  const target = match && there.find((candidate) => topicOf(candidate) === topicOf(match));
  if (!match || !target) continue;
  test(`from ${match.id} the switcher goes to ${target.id}`, async ({ page }) => {
    await page.goto(`/${match.id}/`);
    await page.getByRole('navigation', { name: /in other years/ }).getByRole('link', { name: other.data.period.label, exact: true }).click();
    await expect(page).toHaveURL(`/${target.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.data.title);
  });
  const missing = here.find((section) => !there.some((candidate) => topicOf(candidate) === topicOf(section)));
  if (missing) {
    test(`from ${missing.id} the switcher goes to the ${other.id} overview`, async ({ page }) => {
      await page.goto(`/${missing.id}/`);
      await page.getByRole('navigation', { name: /in other years/ }).getByRole('link', { name: new RegExp(`^${other.data.period.label}`) }).click();
      await expect(page).toHaveURL(`/${other.id}/`);
    });
  }
}

test('2020-21 missing children switches to the 2024-25 missing and exploitation section', async ({ page }) => {
  test.skip(!content.sections.some((section) => section.id === 'islington/2020-21/missing-children'), 'No Islington reports in this build.');
  await page.goto('/islington/2020-21/missing-children/');
  await page.getByRole('navigation', { name: /in other years/ }).getByRole('link', { name: /^2024-25/ }).click();
  await expect(page).toHaveURL('/islington/2024-25/missing-and-exploitation/');
});

test('the year switcher never silently changes section', async ({ page }) => {
  test.setTimeout(180_000);
  const annual = content.reports.filter((report) => report.data.kind === 'annual-report').map((report) => report.id);
  const sections = content.sections.filter((section) => annual.some((id) => section.id.startsWith(`${id}/`)));
  for (const section of sections) {
    await page.goto(`/${section.id}/`);
    const nav = page.getByRole('navigation', { name: /in other years/ });
    if ((await nav.count()) === 0) continue;
    for (const link of await nav.locator('a[data-year-link]').all()) {
      const href = (await link.getAttribute('href'))!;
      if ((await link.getAttribute('data-same-section')) === 'true') {
        expect(href.split('/').filter(Boolean), `${section.id} → ${href}`).toHaveLength(3);
      } else {
        await expect(link, `${section.id} → ${href}`).toContainText('overview');
        await expect(nav.getByText(/no matching section/)).toBeVisible();
      }
    }
  }
});
