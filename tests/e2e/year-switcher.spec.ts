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

test('the year switcher never silently changes section', async ({ request }) => {
  const annual = content.reports.filter((report) => report.data.kind === 'annual-report').map((report) => report.id);
  const sections = content.sections.filter((section) => annual.some((id) => section.id.startsWith(`${id}/`)));
  let checked = 0;
  for (const section of sections) {
    const html = await (await request.get(`/${section.id}/`)).text();
    const nav = /<nav class="app-year-switcher"[\s\S]*?<\/nav>/.exec(html)?.[0];
    if (!nav) continue;
    for (const [link, same, text] of nav.matchAll(/<a href="[^"]*" data-year-link data-same-section="(true|false)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const href = /href="([^"]*)"/.exec(link)![1]!;
      checked += 1;
      if (same === 'true') {
        // The same section (or its declared counterpart) in that year: a section page, not an overview.
        expect(href.split('/').filter(Boolean), `${section.id} → ${href}`).toHaveLength(3);
      } else {
        // An overview link says so in its own words, and the switcher says plainly there is no match.
        expect(text, `${section.id} → ${href}`).toContain('overview');
        expect(href.split('/').filter(Boolean), `${section.id} → ${href}`).toHaveLength(2);
        expect(nav, section.id).toMatch(/no matching section/);
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
});
