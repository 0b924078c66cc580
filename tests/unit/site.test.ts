// The site model and navigation, built from the fixture site.
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../scripts/lib/content-files';
import { reportRows, toCsv } from '../../src/lib/data-export';
import { comparedWithPrevious, measurePoints } from '../../src/lib/figures';
import { measureCharts } from '../../src/lib/measure-chart';
import { breadcrumbs, otherYears, previousAndNext, yearLinks } from '../../src/lib/nav';
import { buildSite, settleIds } from '../../src/lib/site';
import { sitemapPaths } from '../../src/lib/sitemap';
import { copyFixture, edit, FIXTURE } from './helpers';

function siteFrom(root: string, includeDrafts = false) {
  const { content } = loadContentFiles(root);
  return buildSite({
    ...content,
    sections: content.sections.map((section) => ({ ...section, source: null })),
    helpContacts: [],
    helpTopics: [],
    includeDrafts,
  });
}

const site = siteFrom(FIXTURE);
const [current, previous] = site.partnerships[0]!.reports;
const lado = current!.sections[0]!;

describe('the site model', () => {
  it('lists a partnership’s reports newest first', () => {
    expect(site.partnerships[0]!.reports.map((report) => report.slug)).toEqual(['2024-25', '2023-24']);
  });
  it('gives sections their URL from their folders', () => {
    expect(lado.url).toBe('/example/2024-25/lado/');
  });
  it('groups sections by theme in report order', () => {
    expect(previous!.themes.map((theme) => theme.title)).toEqual(["Children's services", 'Budget']);
  });
  it('settles figure ids from the catalogue or the label, without clashes', () => {
    expect(settleIds([{ label: 'A b' }, { label: 'A b' }, { label: 'x', catalogue: 'lado-contacts' }], (item) => item.label).map((item) => item.id)).toEqual([
      'a-b',
      'a-b-2',
      'lado-contacts',
    ]);
  });
  it('leaves a draft report out of the production site', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/report.yaml', (text) => `${text}draft: true\n`);
    expect(siteFrom(root).reports.map((report) => report.slug)).toEqual(['2024-25']);
    expect(siteFrom(root, true).reports.map((report) => report.slug)).toEqual(['2024-25', '2023-24']);
    expect(sitemapPaths(siteFrom(root))).not.toContain('/example/2023-24/');
  });
});

describe('navigation', () => {
  it('switches year on the same section when the other year has it', () => {
    expect(yearLinks(current!, lado)).toEqual([
      { label: '2024-25', url: '/example/2024-25/lado/', current: true, sameSection: true, sectionTitle: lado.data.title },
      { label: '2023-24', url: '/example/2023-24/lado/', current: false, sameSection: true, sectionTitle: previous!.sections.find((section) => section.slug === 'lado')!.data.title },
    ]);
  });
  it('goes to the other year’s overview when it lacks the section', () => {
    const budget = previous!.sections.find((section) => section.slug === 'budget')!;
    expect(yearLinks(previous!, budget)[0]).toMatchObject({ url: '/example/2024-25/', sameSection: false });
  });
  it('follows a declared counterpart both ways', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/budget.mdx', (text) => text.replace('theme: Budget', 'theme: Budget\ncounterparts: [2024-25/lado]'));
    const linked = siteFrom(root);
    const [newer, older] = linked.reports;
    const budget = older!.sections.find((section) => section.slug === 'budget')!;
    const newLado = newer!.sections.find((section) => section.slug === 'lado')!;
    expect(yearLinks(older!, budget)[0]).toMatchObject({ url: '/example/2024-25/lado/', sameSection: true });
    expect(otherYears(newLado).map((section) => section.url)).toEqual(['/example/2023-24/lado/', '/example/2023-24/budget/']);
  });
  it('finds the same section in other years', () => {
    expect(otherYears(lado).map((section) => section.url)).toEqual(['/example/2023-24/lado/']);
  });
  it('finds previous and next sections', () => {
    const first = previous!.sections[0]!;
    expect(previousAndNext(first).next?.slug).toBe('budget');
    expect(previousAndNext(first).previous).toBeUndefined();
  });
  it('builds breadcrumbs with full names (no acronyms) whose last crumb is not a link', () => {
    expect(breadcrumbs(current!, lado).map((crumb) => [crumb.label, crumb.url])).toEqual([
      ['Home', '/'],
      ['Example Safeguarding Children Partnership', '/example/'],
      ['Annual report 2024-25', '/example/2024-25/'],
      ['Concerns about adults who work with children', undefined],
    ]);
  });
});

describe('measures across years', () => {
  it('collects every value of a measure, oldest first, preferring a year’s own report over a later comparison', () => {
    const points = measurePoints(site, 'lado-contacts');
    expect(points.map((point) => [point.period.label, point.value, point.fromComparison])).toEqual([
      ['2023-24', 285, false],
      ['2024-25', 287, false],
    ]);
  });
  it('charts a measure as one series per area, joining years that follow on', () => {
    const [chart] = measureCharts(site.catalogue.get('lado-contacts')!, measurePoints(site, 'lado-contacts'));
    expect(chart!.series.map((series) => [series.area, series.points.map((point) => [point.label, point.value]), series.runs.length])).toEqual([
      ['ESCP', [['2023-24', 285], ['2024-25', 287]], 1],
    ]);
  });
});

describe('compared with the previous report', () => {
  it('pairs each catalogued measure with the previous report’s value for the same area', () => {
    const compared = comparedWithPrevious(site, current!);
    expect(compared?.previous.slug).toBe('2023-24');
    expect(compared?.figures.map((figure) => [figure.id, figure.area, figure.current.value, figure.previous.value])).toEqual([['lado-contacts', 'ESCP', 287, 285]]);
  });
  it('has nothing to compare for the oldest report', () => {
    expect(comparedWithPrevious(site, previous!)).toBeUndefined();
  });
});

describe('open data', () => {
  const rows = reportRows(current!, 'https://example.org');
  it('has one row per figure and one per chart value', () => {
    expect(rows.map((row) => [row.kind, row.label, row.category, row.value])).toEqual([
      ['figure', 'Contacts to the LADO', '', 287],
      ['chart', 'Where contacts came from', 'Schools', 40.5],
      ['chart', 'Where contacts came from', 'Police', 12],
    ]);
  });
  it('carries the structured period and the area of each figure', () => {
    expect(rows[0]).toMatchObject({ area: 'ESCP', period: '2024-25', period_kind: 'financial-year', period_start: '2024-04-01', period_end: '2025-03-31', comparison_period: '2023-24' });
  });
  it('writes CSV with a byte-order mark, CRLF line ends and quoted commas', () => {
    const csv = toCsv([{ ...rows[0]!, label: 'Contacts, all "types"' }]);
    expect(csv.startsWith('\uFEFFreport,section,')).toBe(true);
    expect(csv).toContain('"Contacts, all ""types"""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
