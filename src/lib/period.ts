// Reads the short period strings editors write (`2024-25`, `2020/21 school year`, `31 March 2024`…)
// into one structure, and writes every period label one way site-wide. Pure: unit-tested directly.

/** What sort of period a figure covers. */
export type PeriodKind = 'financial-year' | 'school-year' | 'calendar-year' | 'date' | 'range' | 'not-stated';

/** A figure's period, structured. Dates are UTC midnight; `end` is the last day covered. */
export interface Period {
  kind: PeriodKind;
  /** First day covered (the day itself for a `date`); `null` when not stated. */
  start: Date | null;
  /** Last day covered; `null` when not stated. */
  end: Date | null;
  /** The label written the one site-wide way: `2024-25`, `2020/21 school year`, `2024`, `31 March 2024`, `Not stated`. */
  label: string;
  /** The words the source prints for the period, where they differ from the label (kept for provenance and data files). */
  printed?: string | undefined;
}

/** The forms `parsePeriod` reads, for error messages and the content guide. */
export const ACCEPTED_PERIOD_FORMS =
  'a financial year "2024-25" (April to March), a school year "2020/21 school year" (September to August), a calendar year "2024", a date "31 March 2024", a month "March 2021", a range "1 April 2024 to 31 March 2025" or "June 2024 to March 2025" or "2023-24 to 2024-25", or "not stated"; add the source\'s own words as { value: …, printed: "…" }';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((month) => month[0]!.toUpperCase() + month.slice(1));

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));
/** The last day of a month (month 0-11). */
const lastDay = (year: number, month: number) => utc(year, month + 1, 0);
const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

/** One end of a period, before ranges are joined. `year` is null for "4 January" or "September" (taken from the other end). */
interface Part {
  kind: PeriodKind | 'month';
  start: Date;
  end: Date;
  label: string;
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.toLowerCase());
}

function yearPair(first: string, second: string): number | null {
  const start = Number(first);
  const end = second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
  return end === start + 1 ? start : null;
}

/** Reads one end: a financial year, school year, calendar year, month or date. `defaultYear` fills "4 January" / "September". */
function parsePart(text: string, defaultYear?: number): Part | null {
  const value = text.trim().replace(/\s+/g, ' ');
  let match = /^(\d{4})[-/–](\d{2}|\d{4})$/.exec(value);
  if (match) {
    const year = yearPair(match[1]!, match[2]!);
    if (year === null) return null;
    return { kind: 'financial-year', start: utc(year, 3, 1), end: utc(year + 1, 2, 31), label: financialYearLabel(year) };
  }
  match = /^(?:(\d{4})[-/–](\d{2}|\d{4}) (?:school|academic) year|(?:school|academic) year (\d{4})[-/–](\d{2}|\d{4}))$/i.exec(value);
  if (match) {
    const year = yearPair(match[1] ?? match[3]!, match[2] ?? match[4]!);
    if (year === null) return null;
    return { kind: 'school-year', start: utc(year, 8, 1), end: utc(year + 1, 7, 31), label: schoolYearLabel(year) };
  }
  match = /^(\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return { kind: 'calendar-year', start: utc(year, 0, 1), end: utc(year, 11, 31), label: String(year) };
  }
  match = /^(\d{1,2}) ([a-z]+)(?: (\d{4}))?$/i.exec(value);
  if (match) {
    const month = monthIndex(match[2]!);
    const year = match[3] ? Number(match[3]) : defaultYear;
    const day = Number(match[1]);
    if (month < 0 || year === undefined) return null;
    const date = utc(year, month, day);
    if (date.getUTCMonth() !== month || day < 1) return null;
    return { kind: 'date', start: date, end: date, label: `${day} ${MONTH_NAMES[month]} ${year}` };
  }
  match = /^([a-z]+)(?: (\d{4}))?$/i.exec(value);
  if (match) {
    const month = monthIndex(match[1]!);
    const year = match[2] ? Number(match[2]) : defaultYear;
    if (month < 0 || year === undefined) return null;
    return { kind: 'month', start: utc(year, month, 1), end: lastDay(year, month), label: `${MONTH_NAMES[month]} ${year}` };
  }
  return null;
}

/** `2024-25`. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** `2020/21 school year`. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')} school year`;
}

/** Gives a run of days its one site-wide kind and label: a whole financial, school or calendar year is named as such. */
function classify(start: Date, end: Date, fallback: string): Pick<Period, 'kind' | 'label'> {
  const year = start.getUTCFullYear();
  if (sameDay(start, utc(year, 3, 1)) && sameDay(end, utc(year + 1, 2, 31))) return { kind: 'financial-year', label: financialYearLabel(year) };
  if (sameDay(start, utc(year, 8, 1)) && sameDay(end, utc(year + 1, 7, 31))) return { kind: 'school-year', label: schoolYearLabel(year) };
  if (sameDay(start, utc(year, 0, 1)) && sameDay(end, utc(year, 11, 31))) return { kind: 'calendar-year', label: String(year) };
  return { kind: 'range', label: fallback };
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/**
 * Reads a period string. Accepts the forms in `ACCEPTED_PERIOD_FORMS`, in any letter case; a range
 * that covers exactly one financial, school or calendar year is labelled as that year.
 */
export function parsePeriod(input: string | number | Date, printed?: string): PeriodResult {
  if (input instanceof Date) {
    // YAML reads an unquoted `2024-03-31` as a date.
    const date = utc(input.getUTCFullYear(), input.getUTCMonth(), input.getUTCDate());
    return { ok: true, period: withPrinted({ kind: 'date', start: date, end: date, label: `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}` }, printed) };
  }
  const text = String(input).trim().replace(/\s+/g, ' ');
  const fail = (why: string): PeriodResult => ({ ok: false, message: `Cannot read the period "${text}"${why}. Write ${ACCEPTED_PERIOD_FORMS}.` });
  if (text === '') return fail(' (it is empty)');
  if (/^not stated$/i.test(text)) return { ok: true, period: withPrinted({ kind: 'not-stated', start: null, end: null, label: 'Not stated' }, printed) };

  const ends = text.split(/ to /i);
  if (ends.length > 2) return fail(' (it has more than one "to")');
  if (ends.length === 1) {
    const part = parsePart(text);
    if (!part) return fail('');
    const { kind, label } = part.kind === 'month' ? { kind: 'range' as const, label: part.label } : { kind: part.kind, label: part.label };
    return { ok: true, period: withPrinted({ kind, start: part.start, end: part.end, label }, printed) };
  }
  const last = parsePart(ends[1]!);
  if (!last) return fail(` (cannot read "${ends[1]!.trim()}")`);
  const first = parsePart(ends[0]!, last.start.getUTCFullYear());
  if (!first) return fail(` (cannot read "${ends[0]!.trim()}")`);
  if (first.start.getTime() > last.end.getTime()) return fail(' (it ends before it starts)');
  const compact =
    first.kind === 'month' && last.kind === 'month' && first.start.getUTCFullYear() === last.start.getUTCFullYear()
      ? `${MONTH_NAMES[first.start.getUTCMonth()]} to ${last.label}`
      : first.kind === 'date' && last.kind === 'date' && first.start.getUTCFullYear() === last.start.getUTCFullYear()
        ? `${first.label.replace(/ \d{4}$/, '')} to ${last.label}`
        : `${first.label} to ${last.label}`;
  return { ok: true, period: withPrinted({ start: first.start, end: last.end, ...classify(first.start, last.end, compact) }, printed) };
}

function withPrinted(period: Period, printed: string | undefined): Period {
  const words = printed?.trim();
  const result: Period = words && words !== period.label ? { ...period, printed: words } : period;
  // `${metric.period}` reads as the label wherever a period is written into text.
  Object.defineProperty(result, 'toString', { value: () => result.label, enumerable: false });
  return result;
}

/** The words a reader sees for a period: the label, or for an unstated period the source's own words when there are any. */
export function periodText(period: Period): string {
  if (period.kind === 'not-stated') return period.printed ?? 'Period not stated';
  return period.label;
}

/** The middle of the period in fractional years (2024.5 is 1 July 2024), for placing it on a time axis; null when not stated. */
export function periodPosition(period: Period): number | null {
  if (!period.start || !period.end) return null;
  const toYears = (date: Date) => {
    const year = date.getUTCFullYear();
    const startOfYear = Date.UTC(year, 0, 1);
    return year + (date.getTime() - startOfYear) / (Date.UTC(year + 1, 0, 1) - startOfYear);
  };
  // `end` is the last day covered, so the period runs to the end of that day.
  return (toYears(period.start) + toYears(new Date(period.end.getTime() + 86_400_000))) / 2;
}

/** A stable key for "the same period": kind, start and end. */
export function periodKey(period: Period): string {
  if (!period.start || !period.end) return `not-stated:${period.printed ?? ''}`;
  return `${period.start.toISOString().slice(0, 10)}/${period.end.toISOString().slice(0, 10)}`;
}

/** ISO date `2024-04-01`, or an empty string. */
export function isoDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : '';
}
