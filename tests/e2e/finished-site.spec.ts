// A finished public site (issue 17): citations, older-report banner, changes log, report overview
// layout, On this page, glossary A to Z and filter, About these figures, print ids, link previews.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtContent } from './site';

const content = builtContent();
const reports = content.reports;
/** The latest report of each partnership and kind, by start date. */
const latestOf = (report: (typeof reports)[number]) =>
  reports
    .filter((other) => other.id.split('/')[0] === report.id.split('/')[0] && other.data.kind === report.data.kind)
    .sort((a, b) => b.data.period.start.getTime() - a.data.period.start.getTime())[0]!;

test.describe('source citations', () => {
  test('no built page or download names a working file', () => {
    const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(html|json|csv|txt|xml|js)$/.test(entry.name));
    expect(files.length).toBeGreaterThan(200);
    const named = files.map((entry) => join(entry.parentPath, entry.name)).filter((file) => /\d{3}_[0-9a-f]{16}/.test(readFileSync(file, 'utf8')));
    expect(named).toEqual([]);
  });

  for (const report of reports) {
    test(`${report.id}: the overview, print page and data files cite the source document`, async ({ page, request }) => {
      const { citation } = report.data;
      await page.goto(`/${report.id}/`);
      const source = page.getByRole('region', { name: 'Source document' });
      await expect(source).toContainText(citation.publisher);
      await expect(source.locator('cite')).toHaveText(citation.title.replace(/[.\s]+$/, ''));
      await expect(source).toContainText(`(${citation.date ?? 'not dated'})`);
      if (citation.url) await expect(source.getByRole('link')).toHaveAttribute('href', citation.url);
      await page.goto(`/${report.id}/print/`);
      await expect(page.getByRole('region', { name: 'Source document' }).locator('cite')).toHaveText(citation.title.replace(/[.\s]+$/, ''));
      const json = await (await request.get(`/${report.id}/data.json`)).json();
      expect(json.citation).toMatchObject({ publisher: citation.publisher, title: citation.title, url: citation.url ?? '' });
      const csv = (await (await request.get(`/${report.id}/data.csv`)).body()).toString('utf8');
      if (json.rows.length > 0) expect(csv).toContain(citation.publisher);
    });
  }
});

test.describe('older reports and changes', () => {
  for (const report of reports) {
    const latest = latestOf(report);
    const older = latest !== report;
    test(`${report.id}: ${older ? 'says it is not the latest report and links to the latest' : 'has no "not the latest" banner'}`, async ({ page }) => {
      await page.goto(`/${report.id}/`);
      const banner = page.getByRole('region', { name: 'This is not the latest report' });
      if (older) {
        await expect(banner.getByRole('link', { name: latest.data.title })).toHaveAttribute('href', `/${latest.id}/`);
      } else {
        await expect(banner).toHaveCount(0);
      }
    });
  }

  test('a section of an older report links to the same section in the latest report', async ({ page }) => {
    await page.goto('/islington/2020-21/lado/');
    const banner = page.getByRole('region', { name: 'This is not the latest report' });
    await expect(banner.getByRole('link', { name: 'this section in the latest report' })).toHaveAttribute('href', '/islington/2024-25/lado/');
  });

  test('each overview shows its changes log, and data.json carries it', async ({ page, request }) => {
    for (const report of reports) {
      await page.goto(`/${report.id}/`);
      const log = page.getByRole('region', { name: 'Changes to this report' });
      if (report.data.changes.length === 0) await expect(log).toContainText('No changes since publication.');
      else await expect(log.getByRole('listitem')).toHaveCount(report.data.changes.length);
      const json = await (await request.get(`/${report.id}/data.json`)).json();
      expect(json.changes).toHaveLength(report.data.changes.length);
    }
  });
});

test.describe('report overview', () => {
  const report = reports.find((entry) => entry.id === 'islington/2024-25')!;
  const themeCount = new Set(content.sections.filter((section) => section.id.startsWith(`${report.id}/`)).map((section) => section.data.theme)).size;

  test('groups sections by theme in collapsible groups, the first open, each summary with its count', async ({ page }) => {
    await page.goto(`/${report.id}/`);
    const groups = page.locator('details.app-theme');
    await expect(groups).toHaveCount(themeCount);
    await expect(groups.first()).toHaveAttribute('open', '');
    await expect(groups.nth(1)).not.toHaveAttribute('open', '');
    await expect(groups.nth(1).locator('summary')).toHaveText(/\d+ sections?\s*$/);
    const link = groups.nth(1).getByRole('link').first();
    await expect(link).toBeHidden();
    await groups.nth(1).locator('summary').click();
    await expect(link).toBeVisible();
  });

  test('makes the young people and print versions the main actions, and the downloads a quieter group apart', async ({ page }) => {
    await page.goto(`/${report.id}/`);
    await expect(page.locator('.app-actions').getByRole('link')).toHaveText(["Young people's version", 'Whole report to print']);
    const downloads = page.getByRole('region', { name: 'Download the figures' });
    await expect(downloads.getByRole('link', { name: /Figures as CSV/ })).toHaveAttribute('href', `/${report.id}/data.csv`);
    await expect(downloads.getByRole('link', { name: /Figures as JSON/ })).toHaveAttribute('href', `/${report.id}/data.json`);
    await expect(page.locator('.app-actions').getByRole('link', { name: /CSV|JSON/ })).toHaveCount(0);
  });

  test('breadcrumbs use full names, not acronyms', async ({ page }) => {
    await page.goto(`/${report.id}/lado/`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Islington Safeguarding Children Partnership' })).toBeVisible();
    await expect(crumbs).not.toContainText('ISCP');
  });
});

test.describe('On this page', () => {
  test('a long section lists its h2 headings, and each link leads to its heading', async ({ page }) => {
    await page.goto('/islington/2024-25/lado/');
    const nav = page.getByRole('navigation', { name: 'On this page' });
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!))) {
      await expect(page.locator(`h2[id="${href.slice(1)}"]`)).toHaveCount(1);
    }
  });

  test('a short section has no On this page list', async ({ page }) => {
    const short = content.sections.find((section) => !/^## /m.test(section.body) && section.data.metrics.length === 0 && section.data.charts.length === 0)!;
    await page.goto(`/${short.id}/`);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  });
});

test.describe('glossary', () => {
  test('an A to Z leads to each letter, and letters without terms are not links', async ({ page }) => {
    await page.goto('/glossary/');
    const az = page.getByRole('navigation', { name: 'Glossary A to Z' });
    await az.getByRole('link', { name: 'L', exact: true }).click();
    await expect(page).toHaveURL(/#letter-l$/);
    await expect(page.getByRole('heading', { level: 2, name: 'L', exact: true })).toBeInViewport();
    await expect(az.getByRole('link', { name: 'X', exact: true })).toHaveCount(0);
    await expect(az).toContainText('X');
  });

  test('the filter narrows the list to matching terms and says how many match', async ({ page }) => {
    await page.goto('/glossary/');
    const entries = page.locator('[data-glossary-entry]');
    const total = await entries.count();
    await page.getByLabel('Filter the terms').fill('LADO');
    await expect(page.getByRole('status').filter({ hasText: 'terms match' })).toContainText(`of ${total} terms match “LADO”`);
    const visible = page.locator('[data-glossary-entry]:visible');
    expect(await visible.count()).toBeLessThan(total);
    expect(await visible.count()).toBeGreaterThan(0);
    for (const text of await visible.allTextContents()) expect(text.toLowerCase()).toContain('lado');
    await page.getByLabel('Filter the terms').fill('');
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(total);
  });

  test('a term and its expansion read "LADO: Local Authority Designated Officer", with no space before the colon', async ({ page }) => {
    await page.goto('/glossary/');
    await expect(page.locator('#lado dt')).toHaveText(/^\s*LADO: Local Authority Designated Officer\s*$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the filter is hidden and every term shows', async ({ page }) => {
      await page.goto('/glossary/');
      await expect(page.getByLabel('Filter the terms')).toBeHidden();
      await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(content.glossary.length);
    });
  });
});

test.describe('About these figures', () => {
  for (const report of reports) {
    test(`${report.id}: lists every figure note with a link to where it applies`, async ({ page }) => {
      const sections = content.sections.filter((section) => section.id.startsWith(`${report.id}/`));
      const notes = sections.flatMap((section) => [...new Set([...section.data.metrics, ...section.data.charts].map((item) => item.note?.trim()).filter(Boolean))]);
      const headlineNotes = report.data.headline.filter((metric) => metric.note);
      await page.goto(`/${report.id}/about-these-figures/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('About these figures');
      const problems = page.locator('.app-known-problems > ul > li');
      await expect(problems).toHaveCount(notes.length + headlineNotes.length);
      for (const href of await page.locator('.app-known-problems__where a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        expect(href).toMatch(new RegExp(`^/${report.id}/([a-z0-9-]+/)?#(figure|chart|headline)-`));
      }
    });
  }

  test('the practice review explains there how its dates were worked out, not on its overview', async ({ page }) => {
    await page.goto('/islington/serious-youth-violence-review/');
    await expect(page.locator('.app-lead')).not.toContainText('we list it as');
    await page.goto('/islington/serious-youth-violence-review/about-these-figures/');
    await expect(page.getByRole('heading', { name: 'How we dated this document' })).toBeVisible();
  });

  test('a figure note links to its figure on the section page', async ({ page }) => {
    await page.goto('/city-and-hackney/2024-25/about-these-figures/');
    const link = page.locator('.app-known-problems__where a[href*="#chart-executive-attendance"]');
    await link.click();
    await expect(page.locator('#chart-executive-attendance')).toBeInViewport();
  });
});

test.describe('print page', () => {
  test('every id is unique and every in-page link leads to an element on the page', async ({ page }) => {
    await page.goto('/city-and-hackney/2024-25/print/');
    const { duplicates, broken } = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      const seen = new Set<string>();
      const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      const broken = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
        .map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1)))
        .filter((id) => id && !document.getElementById(id));
      return { duplicates, broken };
    });
    expect(duplicates).toEqual([]);
    expect(broken).toEqual([]);
  });
});

test.describe('type scale', () => {
  test('body text is 19 px on a large screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/islington/2024-25/lado/');
    expect(await page.locator('.app-prose p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('19px');
  });
  test('body text is 16 px on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/islington/2024-25/lado/');
    expect(await page.locator('.app-prose p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('16px');
  });
});

test.describe('link previews', () => {
  for (const report of reports) {
    test(`${report.id}: its pages name a 1200 × 630 PNG preview`, async ({ page, request }) => {
      await page.goto(`/${report.id}/`);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(new URL(image!).pathname).toBe(`/${report.id}/preview.png`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const response = await request.get(new URL(image!).pathname);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }
});
