import { describe, expect, it } from 'vitest';
import { ChartSchema } from '../../src/schemas/chart';
import { MetricSchema } from '../../src/schemas/metric';
import { PartnershipSchema } from '../../src/schemas/partnership';
import { ReportSchema } from '../../src/schemas/report';
import { SectionSchema } from '../../src/schemas/section';

const metric = { label: 'Contacts', value: 287, unit: 'count', period: '2024-25', sourcePage: 22 };
const chart = {
  title: 'Sources',
  type: 'bar',
  unit: 'percent',
  period: '2024-25',
  labels: ['Police', 'Schools'],
  datasets: [{ label: 'Share', data: [23.9, 16.5] }],
  description: 'Police made the most contacts.',
  sourcePage: 21,
};
const young = { summary: 'Short words.', forYou: 'Tell someone.' };

const messages = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('figures', () => {
  it('accepts a figure with value, unit, period and source page', () => {
    expect(MetricSchema.safeParse(metric).success).toBe(true);
  });
  it('reads a bare year as a calendar year', () => {
    expect(MetricSchema.parse({ ...metric, period: 2024 }).period).toMatchObject({ kind: 'calendar-year', label: '2024' });
  });
  it('reads the comparison period the same way', () => {
    expect(MetricSchema.parse({ ...metric, comparison: { value: 285, period: '1 April 2023 to 31 March 2024' } }).comparison?.period.label).toBe('2023-24');
  });
  it('rejects a period it cannot read, naming the field', () => {
    expect(messages(MetricSchema.safeParse({ ...metric, period: 'previous year' }))[0]).toMatch(/^period: Cannot read the period "previous year"/);
    expect(messages(MetricSchema.safeParse({ ...metric, comparison: { value: 1, period: 'last year' } }))[0]).toMatch(/^comparison\.period: Cannot read/);
  });
  it('takes an area for a figure about part of the partnership or a comparator', () => {
    expect(MetricSchema.parse({ ...metric, area: 'Hackney' }).area).toBe('Hackney');
  });
  it('rejects a percentage above 100', () => {
    expect(messages(MetricSchema.safeParse({ ...metric, unit: 'percent', value: 134 }))).toEqual([
      expect.stringMatching(/^value: A percentage must be between 0 and 100/),
    ]);
  });
  it('rejects a negative count', () => {
    expect(messages(MetricSchema.safeParse({ ...metric, value: -1 }))[0]).toMatch(/^value: A count cannot be negative/);
  });
  it('rejects an unreadable figure that does not say what the source printed', () => {
    expect(messages(MetricSchema.safeParse({ ...metric, value: null }))[0]).toMatch(/^value: .*sourceText/);
    expect(MetricSchema.safeParse({ ...metric, value: null, sourceText: '%08', note: 'Misread in the source.' }).success).toBe(true);
  });
  it('rejects a value written as text', () => {
    expect(messages(MetricSchema.safeParse({ ...metric, value: '14,062' }))[0]).toMatch(/^value: Expected number/);
  });
  it('rejects a unit it does not know', () => {
    expect(MetricSchema.safeParse({ ...metric, unit: 'people' }).success).toBe(false);
  });
});

describe('unknown keys are errors', () => {
  const unknown = (result: { success: boolean; error?: { issues: { code: string; path: (string | number)[]; keys?: string[] }[] } }) =>
    result.error?.issues.filter((issue) => issue.code === 'unrecognized_keys').map((issue) => [issue.path.join('.'), issue.keys]) ?? [];
  it('in a figure (a misspelt key)', () => {
    expect(unknown(MetricSchema.safeParse({ ...metric, sourcepage: 3 }))).toEqual([['', ['sourcepage']]]);
  });
  it('in a comparison: a comma in an unquoted flow mapping makes a stray key', () => {
    const result = MetricSchema.safeParse({ ...metric, comparison: { value: 21, period: '2022-23', label: 'statistical neighbours', 'inner London and England': null } });
    expect(unknown(result)).toEqual([['comparison', ['inner London and England']]]);
  });
  it('in a chart and its datasets', () => {
    expect(unknown(ChartSchema.safeParse({ ...chart, colour: 'red' }))).toEqual([['', ['colour']]]);
    expect(unknown(ChartSchema.safeParse({ ...chart, datasets: [{ label: 'Share', data: [1, 2], stack: 'a' }] }))).toEqual([['datasets.0', ['stack']]]);
  });
  it('in a section and its young people’s version', () => {
    const section = { title: 'LADO', order: 1, theme: 'Care', summary: 'About.', sourcePages: [1], youngPeople: young };
    expect(unknown(SectionSchema.safeParse({ ...section, sumary: 'typo' }))).toEqual([['', ['sumary']]]);
    expect(unknown(SectionSchema.safeParse({ ...section, youngPeople: { ...young, point: ['x'] } }))).toEqual([['youngPeople', ['point']]]);
  });
});

describe('charts', () => {
  it('accepts a chart with one value per label', () => {
    expect(ChartSchema.safeParse(chart).success).toBe(true);
  });
  it('rejects data whose length differs from the labels', () => {
    const result = ChartSchema.safeParse({ ...chart, datasets: [{ label: 'Share', data: [23.9] }] });
    expect(messages(result)[0]).toMatch(/^datasets\.0\.data: Dataset "Share" has 1 values but the chart has 2 labels/);
  });
  it('rejects a pie chart with two datasets', () => {
    const result = ChartSchema.safeParse({ ...chart, type: 'pie', datasets: [chart.datasets[0], chart.datasets[0]] });
    expect(messages(result)).toContainEqual(expect.stringMatching(/^datasets: A pie chart shows exactly one dataset/));
  });
  it('rejects a percentage above 100 in a series', () => {
    expect(messages(ChartSchema.safeParse({ ...chart, datasets: [{ label: 'Share', data: [23.9, 101] }] }))[0]).toMatch(/^datasets\.0\.data\.1:/);
  });
});

describe('sections', () => {
  const section = { title: 'LADO', order: 1, theme: 'Children', summary: 'One sentence.', sourcePages: [22], youngPeople: young };
  it('accepts a minimal section and fills in defaults', () => {
    const parsed = SectionSchema.parse(section);
    expect(parsed).toMatchObject({ metrics: [], charts: [], aliases: [], help: 'general', priorities: [] });
  });
  it('names a missing required field', () => {
    const { title: _title, ...untitled } = section;
    expect(messages(SectionSchema.safeParse(untitled))).toEqual(['title: Required']);
  });
  it('rejects a slug with capitals in aliases', () => {
    expect(messages(SectionSchema.safeParse({ ...section, aliases: ['Old Name'] }))[0]).toMatch(/^aliases\.0: Use lower-case/);
  });
  it('rejects two figures with the same id', () => {
    const result = SectionSchema.safeParse({ ...section, metrics: [{ ...metric, id: 'a' }, { ...metric, id: 'a' }] });
    expect(messages(result)[0]).toMatch(/^metrics\.1\.id: Two figures/);
  });
  it('rejects a young people’s version without "what this means for you"', () => {
    expect(messages(SectionSchema.safeParse({ ...section, youngPeople: { summary: 'Hi.' } }))).toEqual(['youngPeople.forYou: Required']);
  });
});

describe('partnerships and reports', () => {
  const partnership = {
    name: 'Example',
    shortName: 'EX',
    area: 'Example',
    description: 'Text.',
    youngDescription: 'Text.',
    accent: '#1d5a8c',
    statutoryPartners: ['Council'],
  };
  it('accepts an accent colour with enough contrast on white', () => {
    expect(PartnershipSchema.safeParse(partnership).success).toBe(true);
  });
  it('rejects a pale accent colour', () => {
    expect(messages(PartnershipSchema.safeParse({ ...partnership, accent: '#ffcc00' }))[0]).toMatch(/^accent: The accent colour needs a contrast/);
  });
  const report = {
    kind: 'annual-report',
    title: 'Annual report',
    shortTitle: 'Annual report 2024-25',
    period: { start: '2024-04-01', end: '2025-03-31', label: '2024-25' },
    citation: { publisher: 'A partnership', title: 'Annual report' },
    pageCount: 40,
    summary: 'Text.',
    youngPeopleIntro: 'Text.',
  };
  it('accepts a report and reads its dates', () => {
    expect(ReportSchema.parse(report).period.start).toEqual(new Date('2024-04-01'));
  });
  it('rejects a period that ends before it starts', () => {
    const result = ReportSchema.safeParse({ ...report, period: { ...report.period, end: '2023-01-01' } });
    expect(messages(result)[0]).toMatch(/^period\.end: The period ends before it starts/);
  });
  it('rejects a kind of document it does not know', () => {
    expect(ReportSchema.safeParse({ ...report, kind: 'newsletter' }).success).toBe(false);
  });
  it('needs a citation with a publisher and title', () => {
    const { citation: _citation, ...withoutCitation } = report;
    expect(messages(ReportSchema.safeParse(withoutCitation))[0]).toMatch(/^citation:/);
    expect(messages(ReportSchema.safeParse({ ...report, citation: { title: 'Annual report' } }))[0]).toMatch(/^citation\.publisher:/);
  });
  it('rejects a citation address that is not a full web address', () => {
    const result = ReportSchema.safeParse({ ...report, citation: { ...report.citation, url: 'www.example.org' } });
    expect(messages(result)[0]).toMatch(/^citation\.url: Write the full web address/);
  });
  it('starts with an empty changes log and reads the dates of corrections', () => {
    expect(ReportSchema.parse(report).changes).toEqual([]);
    const parsed = ReportSchema.parse({ ...report, changes: [{ date: '2025-10-01', reason: 'Corrected a figure.' }] });
    expect(parsed.changes[0]?.date).toEqual(new Date('2025-10-01'));
  });
});

describe('the message for an unknown key', () => {
  it('names the key and says how to fix it', () => {
    expect(messages(MetricSchema.safeParse({ ...metric, sourcepage: 3 }))).toEqual([
      expect.stringMatching(/^: Unknown field "sourcepage": check the spelling against docs\/CONTENT-GUIDE\.md, or remove it\. .*double quotes\.$/),
    ]);
  });
});
