import { describe, expect, it } from 'vitest';
import { parsePeriod, periodPosition, periodText } from '../../src/lib/period';
import { PeriodSchema } from '../../src/schemas/common';

const read = (text: string | number) => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.message);
  const { kind, start, end, label } = result.period;
  return { kind, start: start?.toISOString().slice(0, 10) ?? null, end: end?.toISOString().slice(0, 10) ?? null, label };
};
const rejection = (text: string) => {
  const result = parsePeriod(text);
  return result.ok ? 'accepted' : result.message;
};

describe('reading periods', () => {
  it('reads a financial year as April to March', () => {
    expect(read('2024-25')).toEqual({ kind: 'financial-year', start: '2024-04-01', end: '2025-03-31', label: '2024-25' });
  });
  it('reads 2024/25 and 2024-2025 as the same financial year', () => {
    expect(read('2024/25').label).toBe('2024-25');
    expect(read('2024-2025').label).toBe('2024-25');
  });
  it('reads a school year as September to August', () => {
    expect(read('2020/21 school year')).toEqual({ kind: 'school-year', start: '2020-09-01', end: '2021-08-31', label: '2020/21 school year' });
    expect(read('Academic year 2024-25').label).toBe('2024/25 school year');
    expect(read('2024-25 academic year').label).toBe('2024/25 school year');
  });
  it('reads a bare year, written as text or as a number, as a calendar year', () => {
    expect(read('2024')).toEqual({ kind: 'calendar-year', start: '2024-01-01', end: '2024-12-31', label: '2024' });
    expect(read(2024).label).toBe('2024');
  });
  it('reads a date', () => {
    expect(read('31 March 2024')).toEqual({ kind: 'date', start: '2024-03-31', end: '2024-03-31', label: '31 March 2024' });
  });
  it('reads a month as a range', () => {
    expect(read('march 2021')).toEqual({ kind: 'range', start: '2021-03-01', end: '2021-03-31', label: 'March 2021' });
  });
  it('labels a range that is exactly a financial year as that year', () => {
    expect(read('1 April 2024 to 31 March 2025')).toMatchObject({ kind: 'financial-year', label: '2024-25' });
    expect(read('April 2024 to March 2025')).toMatchObject({ kind: 'financial-year', label: '2024-25' });
  });
  it('labels a range that is exactly a school year as that year', () => {
    expect(read('1 September 2020 to 31 August 2021')).toMatchObject({ kind: 'school-year', label: '2020/21 school year' });
  });
  it('reads other ranges, taking a missing year from the end', () => {
    expect(read('September to October 2020')).toEqual({ kind: 'range', start: '2020-09-01', end: '2020-10-31', label: 'September to October 2020' });
    expect(read('June 2024 to March 2025')).toMatchObject({ kind: 'range', start: '2024-06-01', end: '2025-03-31', label: 'June 2024 to March 2025' });
    expect(read('14 December 2020 to January 2021')).toMatchObject({ start: '2020-12-14', end: '2021-01-31' });
    expect(read('4 January to 30 June 2021')).toMatchObject({ start: '2021-01-04', end: '2021-06-30', label: '4 January to 30 June 2021' });
    expect(read('2023-24 to 2024-25')).toEqual({ kind: 'range', start: '2023-04-01', end: '2025-03-31', label: '2023-24 to 2024-25' });
  });
  it('reads "not stated" with no dates', () => {
    expect(read('Not stated')).toEqual({ kind: 'not-stated', start: null, end: null, label: 'Not stated' });
  });
  it('keeps the source’s own words only where they differ from the label', () => {
    const result = parsePeriod('2023-24', '23/24 fostering return');
    expect(result.ok && result.period.printed).toBe('23/24 fostering return');
    const same = parsePeriod('2023-24', '2023-24');
    expect(same.ok && same.period.printed).toBeUndefined();
  });
});

describe('rejecting periods it cannot read', () => {
  it('names the string and lists the accepted forms', () => {
    expect(rejection('At the time of the report')).toMatch(/^Cannot read the period "At the time of the report"\. Write a financial year "2024-25".*"not stated"/);
  });
  it('rejects a financial year whose years do not follow on', () => {
    expect(rejection('2024-26')).toMatch(/^Cannot read the period "2024-26"/);
  });
  it('rejects an impossible date', () => {
    expect(rejection('31 February 2024')).toMatch(/^Cannot read/);
  });
  it('rejects a range that ends before it starts', () => {
    expect(rejection('2025 to 2024')).toMatch(/ends before it starts/);
  });
  it('rejects an empty period and extra words', () => {
    expect(rejection('')).toMatch(/it is empty/);
    expect(rejection('2023-24 (snapshot)')).toMatch(/^Cannot read/);
    expect(rejection('previous year')).toMatch(/^Cannot read/);
  });
});

describe('the period schema', () => {
  it('turns a string into a structured period', () => {
    expect(PeriodSchema.parse('2024-25')).toMatchObject({ kind: 'financial-year', label: '2024-25' });
  });
  it('accepts the value-and-printed form', () => {
    expect(PeriodSchema.parse({ value: 'not stated', printed: 'at the time of the report' })).toMatchObject({ kind: 'not-stated', printed: 'at the time of the report' });
  });
  it('rejects unknown keys in the object form', () => {
    expect(PeriodSchema.safeParse({ value: '2024-25', words: 'x' }).success).toBe(false);
  });
  it('fails with the parser’s message', () => {
    const result = PeriodSchema.safeParse('previous year');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Cannot read the period "previous year"/);
  });
  it('reads a YAML date (2024-03-31 unquoted) as a date', () => {
    expect(PeriodSchema.parse(new Date('2024-03-31'))).toMatchObject({ kind: 'date', label: '31 March 2024' });
  });
});

describe('placing periods in time', () => {
  it('puts a financial year at its middle', () => {
    const result = parsePeriod('2024-25');
    expect(result.ok && periodPosition(result.period)).toBeCloseTo(2024.75, 2);
  });
  it('never places an unstated period', () => {
    const result = parsePeriod('not stated', 'previous year');
    expect(result.ok && periodPosition(result.period)).toBeNull();
    expect(result.ok && periodText(result.period)).toBe('previous year');
  });
});
