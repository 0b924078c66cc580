import { z } from 'astro/zod';

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
  /** A position in a ranking (`46` is shown as "46th"); never a headline tile. */
  'rank',
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

/** A period label such as `2024-25` or `April 2024 to March 2025`. A bare year (`2024`) is read as text. */
export const PeriodSchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1, 'Give the period the figure covers, e.g. "2024-25".'));
