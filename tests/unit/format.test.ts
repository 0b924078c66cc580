import { describe, expect, it } from 'vitest';
import { termsIn } from '../../src/lib/glossary';
import { changeStatement, describeChange, formatPages, formatValue, slugify, youngChangeStatement } from '../../src/lib/format';
import { parsePeriod, type Period } from '../../src/lib/period';

const period = (text: string): Period => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.message);
  return result.period;
};

describe('formatting figures for en-GB readers', () => {
  it('groups thousands', () => expect(formatValue(14062, 'count')).toBe('14,062'));
  it('shows percentages with their decimals', () => expect(formatValue(43.7, 'percent')).toBe('43.7%'));
  it('shows pounds', () => expect(formatValue(288775, 'gbp')).toBe('£288,775'));
  it('shows pence only when there are some', () => expect(formatValue(12.5, 'gbp')).toBe('£12.50'));
  it('names rates', () => expect(formatValue(97, 'rate-per-10000')).toBe('97 per 10,000 children'));
  it('uses the singular for one day', () => expect(formatValue(1, 'days')).toBe('1 day'));
});

describe('change statements', () => {
  it('says how much a count went up and from what', () => {
    expect(changeStatement({ value: 287, unit: 'count', comparison: { value: 285, period: period('2023-24') } })).toBe('up 2 from 285 in 2023-24');
  });
  it('says how much a count went down', () => {
    expect(changeStatement({ value: 1000, unit: 'count', comparison: { value: 1250, period: period('2023-24') } })).toBe('down 250 from 1,250 in 2023-24');
  });
  it('speaks of percentage points for percentages', () => {
    expect(changeStatement({ value: 27, unit: 'percent', comparison: { value: 21, period: period('2023-24') } })).toBe('up 6 percentage points from 21% in 2023-24');
  });
  it('compares with a benchmark by name', () => {
    expect(changeStatement({ value: 97, unit: 'rate-per-10000', comparison: { value: 95, period: period('2023-24'), label: 'statistical neighbours' } })).toBe(
      'higher than statistical neighbours (95 per 10,000 children, 2023-24)',
    );
  });
  it('leaves out a comparison period the source does not state', () => {
    expect(changeStatement({ value: 80, unit: 'percent', comparison: { value: 39, period: period('not stated') } })).toBe('up 41 percentage points from 39%');
  });
  it('says "on" for a date', () => {
    expect(changeStatement({ value: 298, unit: 'count', comparison: { value: 324, period: period('31 March 2023') } })).toBe('down 26 from 324 on 31 March 2023');
  });
  it('describes a change between two reports in words', () => {
    expect(describeChange(287, 285, 'count')).toBe('up 2');
    expect(describeChange(21, 27, 'percent')).toBe('down 6 percentage points');
    expect(describeChange(5, 5, 'days')).toBe('no change');
  });
  it('says nothing without a comparison', () => expect(changeStatement({ value: 3, unit: 'count' })).toBeNull());
  it('uses everyday words for young readers', () => {
    expect(youngChangeStatement({ value: 169, unit: 'count', comparison: { value: 217, period: period('2023-24') } })).toBe('fewer than the 217 in 2023-24');
  });
});

describe('other formatting', () => {
  it('lists one page', () => expect(formatPages([22])).toBe('page 22'));
  it('lists a run of pages', () => expect(formatPages([9, 10, 11])).toBe('pages 9 to 11'));
  it('lists scattered pages', () => expect(formatPages([21, 25, 23])).toBe('pages 21, 23 and 25'));
  it('makes slugs', () => expect(slugify('Children’s Active Involvement & Voice')).toBe('children-s-active-involvement-and-voice'));
});


describe('finding glossary terms in a text', () => {
  const term = (word: string, variants: string[] = []) => ({ id: word.toLowerCase(), url: '', term: word, definition: '', youngDefinition: '', alsoCalled: [], variants });
  it('finds whole words only, including variants', () => {
    const glossary = [term('LADO', ['LADOs']), term('CIN'), term('MASH')];
    expect(termsIn(glossary, 'Two LADOs met; CINDY came.').map((entry) => entry.term)).toEqual(['LADO']);
  });
});
