import type { Unit } from '../schemas/common';
import type { ReportKind } from '../schemas/report';
import type { Period } from './period';
export { periodText } from './period';

/** How each kind of document is named to readers (and in the search filters). */
export const KIND_NAMES: Record<ReportKind, string> = {
  'annual-report': 'Annual report',
  'partnership-plan': 'Partnership plan',
  'practice-review': 'Practice review',
};

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
const money = { format: (value: number) => (Number.isInteger(value) ? pounds : poundsAndPence).format(value) };

/** Words after a number for each unit; `null` where the unit is shown as a symbol. */
const UNIT_WORDS: Record<Unit, [singular: string, plural: string] | null> = {
  count: null,
  percent: null,
  gbp: null,
  'rate-per-10000': ['per 10,000 children', 'per 10,000 children'],
  'rate-per-1000': ['per 1,000 children', 'per 1,000 children'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  minutes: ['minute', 'minutes'],
  years: ['year', 'years'],
  score: null,
};

/** Formats a number for en-GB readers: `14,062`, `43.7%`, `£288,775`, `97 per 10,000 children`. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return 'not given';
  if (unit === 'percent') return `${integer.format(value)}%`;
  if (unit === 'gbp') return money.format(value);
  const words = UNIT_WORDS[unit];
  if (!words) return integer.format(value);
  return `${integer.format(value)} ${value === 1 ? words[0] : words[1]}`;
}

/** Formats a number alone, without its unit (for chart tables whose unit is in the caption). */
export function formatNumber(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  if (unit === 'gbp') return money.format(value);
  if (unit === 'percent') return `${integer.format(value)}%`;
  return integer.format(value);
}

/** Describes a unit in words, for captions and table headings. */
export function describeUnit(unit: Unit): string {
  const names: Record<Unit, string> = {
    count: 'number',
    percent: 'percentage',
    gbp: 'pounds (£)',
    'rate-per-10000': 'rate per 10,000 children',
    'rate-per-1000': 'rate per 1,000 children',
    days: 'days',
    weeks: 'weeks',
    months: 'months',
    hours: 'hours',
    minutes: 'minutes',
    years: 'years',
    score: 'score',
  };
  return names[unit];
}

interface Comparable {
  value: number | null;
  unit: Unit;
  comparison?: { value: number; period: Period; label?: string | undefined } | undefined;
}

/** "in 2023-24", "on 31 March 2024", or nothing when the period is not stated. */
export function periodPhrase(period: Period): string {
  if (period.kind === 'not-stated') return '';
  return `${period.kind === 'date' ? 'on' : 'in'} ${period.label}`;
}

/** The difference between two values in words: "up 12", "down 2.5 percentage points", "no change". */
export function describeChange(current: number, previous: number, unit: Unit): string {
  const difference = Math.round((current - previous) * 100) / 100;
  if (difference === 0) return 'no change';
  const size = Math.abs(difference);
  const amount = unit === 'percent' ? `${integer.format(size)} percentage point${size === 1 ? '' : 's'}` : formatValue(size, unit);
  return `${difference > 0 ? 'up' : 'down'} ${amount}`;
}

/**
 * A plain-words statement of change built from a figure's typed comparison, e.g.
 * "up 2 from 285 in 2023-24", or "higher than statistical neighbours (95 per 10,000 children, 2023-24)".
 */
export function changeStatement(metric: Comparable): string | null {
  const { comparison, value, unit } = metric;
  if (!comparison || value === null) return null;
  const before = formatValue(comparison.value, unit);
  const difference = Math.round((value - comparison.value) * 100) / 100;
  if (comparison.label) {
    const relation = difference > 0 ? 'higher than' : difference < 0 ? 'lower than' : 'the same as';
    return `${relation} ${comparison.label} (${[before, comparison.period.kind === 'not-stated' ? '' : comparison.period.label].filter(Boolean).join(', ')})`;
  }
  const when = periodPhrase(comparison.period);
  if (difference === 0) return when ? `the same as ${when}` : 'the same as before';
  const direction = difference > 0 ? 'up' : 'down';
  const size = Math.abs(difference);
  const amount =
    unit === 'percent' ? `${integer.format(size)} percentage point${size === 1 ? '' : 's'}` : formatNumber(size, unit);
  return `${direction} ${amount} from ${before}${when ? ` ${when}` : ''}`;
}

/** The same statement for young readers: "more than" / "fewer than" rather than "up" / "down". */
export function youngChangeStatement(metric: Comparable): string | null {
  const { comparison, value, unit } = metric;
  if (!comparison || value === null || comparison.label) return null;
  const when = periodPhrase(comparison.period);
  if (value === comparison.value) return when ? `the same as ${when}` : 'the same as before';
  const more = value > comparison.value;
  const word = unit === 'count' ? (more ? 'more than' : 'fewer than') : more ? 'higher than' : 'lower than';
  return `${word} the ${formatValue(comparison.value, unit)}${when ? ` ${when}` : ' before'}`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a date as `1 April 2024`. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** Lists source pages as "page 22" or "pages 9 to 13" or "pages 21, 23 and 25". */
export function formatPages(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  if (sorted.length === 1) return `page ${sorted[0]}`;
  const consecutive = sorted.every((page, index) => index === 0 || page === sorted[index - 1]! + 1);
  if (consecutive) return `pages ${sorted[0]} to ${sorted[sorted.length - 1]}`;
  return `pages ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}

/** Turns a label into a URL-safe id: `Contacts to the LADO` → `contacts-to-the-lado`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
