// Help that never dead-ends, and search that understands how people ask (issue 15): the help panel
// for words that suggest someone is at risk, "Did you mean", everyday words, clean results, filters
// on a phone, local numbers in UK format, and axe in every state of the search page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtContent, sitemapPaths } from './site';

const PHONE = { width: 390, height: 844 };
/** The status line once a search has finished: a count only. */
const DONE = /^(No results\.|\d+ results?\b)/;
const content = builtContent();
const has = (id: string) => content.sections.some((section) => section.id === id);

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toHaveText(DONE, { timeout: 20_000 });
  return page
    .getByRole('list', { name: 'Search results' })
    .locator(':scope > li h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const helpPanel = (page: Page) => page.getByRole('region', { name: 'You can get help now' });

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('help comes first on a phone', () => {
  test.use({ viewport: PHONE });

  const DISTRESS: [query: string, expected: RegExp][] = [
    ['my dad hits me', /child-protection|domestic|vawg|operation-encompass|neglect|abuse/],
    ['i want to run away', /\/missing/],
    ['someone touched me', /lado|everyones-invited|sexual|contacts-and-referrals/],
    ['i am scared at home', /abuse|domestic|young-people|sunflower|vawg/],
    ['I feel unsafe', /./],
    ['self-harm', /./],
  ];
  for (const [query, expected] of DISTRESS) {
    test(`“${query}” shows the help panel on the first screen, then results`, async ({ page }) => {
      const found = await search(page, query);
      const panel = helpPanel(page);
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      expect(box.y + box.height, 'the whole panel fits on the first screen').toBeLessThanOrEqual(PHONE.height);
      await expect(panel.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
      await expect(panel.getByRole('link', { name: '0800 1111' })).toHaveAttribute('href', 'tel:08001111');
      await expect(panel.getByRole('link', { name: '0808 800 5000' })).toHaveAttribute('href', 'tel:08088005000');
      await expect(panel.getByRole('button', { name: 'Leave this site' })).toBeInViewport();
      // The panel comes before the results.
      const results = page.getByRole('list', { name: 'Search results' });
      expect((await results.boundingBox())!.y).toBeGreaterThan(box.y);
      expect(found.length).toBeGreaterThan(0);
      expect(found.slice(0, 5).some((path) => expected.test(path)), `top 5: ${found.slice(0, 5).join(', ')}`).toBe(true);
    });
  }

  test('an everyday search that finds plenty shows no help panel, and the first result is on the first screen', async ({ page }) => {
    await search(page, 'private fostering');
    await expect(helpPanel(page)).toBeHidden();
    await expect(page.getByText('Filter results')).toBeVisible();
    await expect(page.getByRole('checkbox').first()).toBeHidden();
    await expect(page.getByRole('list', { name: 'Search results' }).locator(':scope > li h2 a').first()).toBeInViewport();
  });

  test('the filters open behind “Filter results”, with full names, big targets and a count of those on', async ({ page }) => {
    await search(page, 'LADO');
    await page.getByText('Filter results').click();
    const checkbox = page.getByRole('checkbox', { name: 'Islington Safeguarding Children Partnership' });
    await expect(checkbox).toBeVisible();
    const label = page.locator('label').filter({ has: checkbox });
    expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await checkbox.check();
    await expect(page.getByText('Filter results (1 on)')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(DONE, { timeout: 20_000 });
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('a search never ends in a dead end', () => {
  test('nothing found: help, ways on, the most-read topics and the glossary', async ({ page }) => {
    await page.goto('/search/?q=wxyzzy');
    await expect(page.getByRole('status')).toHaveText('No results.');
    await expect(helpPanel(page)).toBeVisible();
    const ways = page.getByRole('region', { name: 'Ways to find what you need' });
    await expect(ways.getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/glossary/');
    const topics = ways.getByRole('heading', { name: 'What people read most' }).locator('xpath=following-sibling::ul[1]').getByRole('link');
    expect(await topics.count()).toBeGreaterThanOrEqual(3);
    for (const href of await topics.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) {
      expect(sitemapPaths()).toContain(href);
    }
    expect(await axe(page)).toEqual([]);
  });

  const MISSPELLINGS: [typed: string, expected: RegExp | 'same-as', corrected: string][] = [
    ['saftey plan', 'same-as', 'safety plan'],
    ['exploitaton', /exploitation/, 'exploitation'],
    ['fostring', /private-fostering/, 'fostering'],
    ['privte fostering', /private-fostering/, 'private fostering'],
  ];
  for (const [typed, expected, corrected] of MISSPELLINGS) {
    test(`“${typed}” suggests “${corrected}” and reaches the right page in the top three`, async ({ page }) => {
      const found = await search(page, typed);
      await expect(page.getByRole('link', { name: corrected, exact: true })).toBeVisible();
      const top = found.slice(0, 3);
      if (expected === 'same-as') {
        const right = (await search(page, corrected)).slice(0, 3);
        expect(top.some((path) => right.includes(path)), `top 3: ${top.join(', ')}; for “${corrected}”: ${right.join(', ')}`).toBe(true);
      } else {
        expect(top.some((path) => expected.test(path)), `top 3: ${top.join(', ')}`).toBe(true);
      }
    });
  }

  test('a correction found by “Did you mean” is a search link that keeps the filters', async ({ page }) => {
    await page.goto('/search/?q=fostring&partnership=ISCP');
    await expect(page.getByRole('link', { name: 'fostering', exact: true })).toHaveAttribute('href', /q=fostering.*partnership=ISCP|partnership=ISCP.*q=fostering/);
  });
});

test.describe('single everyday words', () => {
  const WORDS: [word: string, expected: RegExp][] = [
    ['runaway', /\/missing/],
    ['money', /\/budget\//],
    ['carer', /fostering|corporate-parenting|care|early-intervention/],
    ['foster', /private-fostering/],
    ['bully', /everyones-invited|online|itips|semh/],
    ['drugs', /exploitation|national-referral|police/],
    ['knife', /youth-safety|serious-youth-violence|youth-justice|exploitation/],
    ['gang', /exploitation|andover|police|extra-familial/],
    ['police', /police/],
    ['school', /school|education|itips|everyones-invited/],
    ['online', /online/],
  ];
  for (const [word, expected] of WORDS) {
    test(`“${word}” finds the right page in the top three`, async ({ page }) => {
      const top = (await search(page, word)).slice(0, 3);
      expect(top.some((path) => expected.test(path)), `top 3: ${top.join(', ')}`).toBe(true);
    });
  }
});

test.describe('clean results', () => {
  test('sub-results are named by their headings, never by link text or the fixed headings', async ({ page }) => {
    await search(page, 'income');
    const subs = await page.getByRole('list', { name: 'Search results' }).locator('li ul a').allTextContents();
    expect(subs.length).toBeGreaterThan(0);
    for (const title of subs) {
      expect(title).not.toMatch(/Link to this part|^#|#$/);
      expect(title).not.toMatch(/^(In simple words|Key figures|Charts and tables)$/);
    }
  });

  test('excerpts keep table cells apart', async ({ page }) => {
    test.skip(!has('islington/2024-25/budget'), 'No budget section in this build.');
    await search(page, 'contribution income');
    const text = (await page.getByRole('list', { name: 'Search results' }).textContent()) ?? '';
    expect(text).not.toMatch(/PartnerAgency|IncomeAmount|AgencyContribution/);
  });

  test('excerpts leave out the hidden list of everyday search words', async ({ page }) => {
    await search(page, 'runaway');
    const text = (await page.getByRole('list', { name: 'Search results' }).textContent()) ?? '';
    expect(text).not.toMatch(/[⁅⁆]|runaways, run away, ran away/);
  });

  test('the status announces the number of results only, never a long query', async ({ page }) => {
    const long = `running away ${'a'.repeat(10_000)}`;
    await page.goto(`/search/?q=${encodeURIComponent(long)}`);
    const status = page.getByRole('status');
    await expect(status).toHaveText(DONE, { timeout: 20_000 });
    await expect(status).toHaveAttribute('aria-live', 'polite');
    expect(((await status.textContent()) ?? '').length).toBeLessThan(40);
  });

  test('no search words are stored, and nothing but this site is asked', async ({ page }) => {
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await search(page, 'my dad hits me');
    expect([...hosts]).toEqual([new URL(page.url()).host]);
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
    expect(stored).toEqual([0, 0, '']);
  });
});

test.describe('the search page passes axe in every state', () => {
  for (const [state, url] of [
    ['empty', '/search/'],
    ['with results', '/search/?q=running+away'],
    ['with the help panel', '/search/?q=my+dad+hits+me'],
    ['with a suggestion', '/search/?q=fostring'],
  ] as const) {
    test(state, async ({ page }) => {
      await page.goto(url);
      if (url.includes('q=')) await expect(page.getByRole('status')).toHaveText(DONE, { timeout: 20_000 });
      expect(await axe(page)).toEqual([]);
    });
  }
});

test.describe('local help people can use', () => {
  test('get help lists local numbers in UK format with tel: links, and plain words where there are none', async ({ page }) => {
    await page.goto('/get-help/');
    for (const partnership of content.partnerships) {
      const section = page.getByRole('region', { name: partnership.data.name });
      await expect(section).toBeVisible();
      const phones = partnership.data.contacts.filter((contact) => contact.phone);
      if (phones.length === 0) {
        await expect(section).toContainText('do not print a local phone number');
        await expect(section.getByRole('link', { name: '0808 800 5000' })).toHaveAttribute('href', 'tel:08088005000');
      }
      for (const contact of phones) {
        await expect(section.getByRole('link', { name: contact.phone! })).toHaveAttribute('href', `tel:${contact.phone!.replace(/ /g, '')}`);
      }
    }
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/council's website|letter o|0208 356|0207332|printedAs/);
    // Every number on the page is written the usual UK way.
    for (const number of await page.locator('a[href^="tel:"]').allTextContents()) {
      // Link text keeps the number on one line with non-breaking spaces; read them as spaces.
      expect(number.replace(/\u00a0/g, ' ').trim()).toMatch(/^(999|0800 1111|0\d{3} \d{3} \d{4}|020 \d{4} \d{4})$/);
    }
  });

  test('City & Hackney’s numbers are published as intended', async ({ page }) => {
    test.skip(!content.partnerships.some((partnership) => partnership.id === 'city-and-hackney'), 'No City & Hackney in this build.');
    await page.goto('/get-help/');
    await expect(page.getByRole('link', { name: '020 8356 5500' })).toHaveAttribute('href', 'tel:02083565500');
    await expect(page.getByRole('link', { name: '020 7332 3621' })).toHaveAttribute('href', 'tel:02073323621');
  });

  test('every section’s help box has a tel: link, and a link near the top jumps to it', async ({ page, request }) => {
    const published = new Set(sitemapPaths());
    const sections = content.sections.filter((section) => published.has(`/${section.id}/`));
    for (const section of sections) {
      const html = await (await request.get(`/${section.id}/`)).text();
      const box = /<aside class="app-help-box" id="help"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
      expect(box, `${section.id}: help box`).toMatch(/href="tel:\d+"/);
      expect(html, `${section.id}: help link near the top`).toMatch(/<a href="#help">Worried about a child\? Get help<\/a>/);
    }
    await page.setViewportSize(PHONE);
    await page.goto(`/${sections[0]!.id}/`);
    const link = page.getByRole('link', { name: 'Worried about a child? Get help' });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.locator('#help')).toBeInViewport();
  });
});
