import type { Period } from '../lib/period';
import { parsePeriod } from '../lib/period';
import { z } from 'astro/zod';

/**
 * Passed to `z.object(shape, STRICT)` with `.strict()`: an unknown key is an error that names the key
 * and says how to fix it (a typo, or a comma inside an unquoted value in a `{ … }` mapping).
 */
export const STRICT: { errorMap: z.ZodErrorMap } = {
  errorMap: (issue, ctx) => {
    if (issue.code !== z.ZodIssueCode.unrecognized_keys) return { message: ctx.defaultError };
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      message: `Unknown field ${keys}: check the spelling against docs/CONTENT-GUIDE.md, or remove it. If it is part of a value, a comma inside an unquoted value in { … } split it: put the value in double quotes.`,
    };
  },
};

/** A URL segment: lower-case words joined by hyphens, e.g. `private-fostering`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens only, e.g. "private-fostering".');

/** A page number in the source document (the printed page, or the PDF page where none is printed). */
export const SourcePageSchema = z.number().int().positive();

/** Units a figure can be measured in. Formatting for each lives in `src/lib/format.ts`. */
export const UnitSchema = z.enum([
  'count',
  'percent',
  'gbp',
  'rate-per-10000',
  'rate-per-1000',
  'days',
  'weeks',
  'months',
  'hours',
  'minutes',
  'years',
  'score',
]);
export type Unit = z.infer<typeof UnitSchema>;

/** Help topics a section can point readers to; texts live in `content/help/topics.yaml`. */
export const HelpTopicSchema = z.enum([
  'general',
  'abuse-at-home',
  'domestic-abuse',
  'missing',
  'exploitation',
  'online',
  'violence',
  'mental-health',
  'school',
  'in-care',
  'worried-adult',
  'bereavement',
]);
export type HelpTopic = z.infer<typeof HelpTopicSchema>;

/** Where a figure is for: the partnership's whole area unless it is for a part of it or a comparator. */
export const AreaSchema = z
  .string()
  .trim()
  .min(1, 'Name the area the figure is for, e.g. "Hackney", "City of London", "England".');

const periodInput = z.union([z.string(), z.number(), z.date()]);

/**
 * The period a figure covers. Editors write a short string (`2024-25`, `2020/21 school year`, `2024`,
 * `31 March 2024`, `March 2021`, `1 April 2024 to 31 March 2025`, `not stated`), or
 * `{ value: <one of those>, printed: <the source's own words> }`; it is read into a structured
 * `Period` (kind, start, end, one site-wide label, printed words). A string it cannot read is an error.
 */
export const PeriodSchema = z
  .union([periodInput, z.object({ value: periodInput, printed: z.string().trim().min(1) }, STRICT).strict()])
  .transform((input, ctx): Period => {
    const { value, printed } = typeof input === 'object' && !(input instanceof Date) ? input : { value: input, printed: undefined };
    const result = parsePeriod(value, printed);
    if (result.ok) return result.period;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
    return z.NEVER;
  });
