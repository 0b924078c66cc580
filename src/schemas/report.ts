import { z } from 'astro/zod';
import { STRICT } from './common';
import { MetricSchema } from './metric';

/** Kinds of document the site publishes. */
export const ReportKindSchema = z.enum(['annual-report', 'partnership-plan', 'practice-review']);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/**
 * One published document: `content/reports/<partnership>/<report>/report.yaml`.
 * Its slug is its folder name: the period (`2024-25`) for an annual report.
 */
export const ReportSchema = z
  .object({
    /** What kind of document this is. */
    kind: ReportKindSchema,
    /** The document's full title. */
    title: z.string().min(1),
    /** A short title for navigation, e.g. `Annual report 2024-25`. */
    shortTitle: z.string().min(1),
    /** The period the document covers. */
    period: z.object({
      /** First day covered. */
      start: z.coerce.date(),
      /** Last day covered. */
      end: z.coerce.date(),
      /** How the period is written, e.g. `2024-25`. */
      label: z.string().min(1),
    }, STRICT).strict(),
    /** The date the document was published, where the source gives it. */
    published: z.coerce.date().optional(),
    /** The file name of the source document. */
    source: z.string().min(1),
    /** How many pages the source document has; every source page cited in the report must be within it. */
    pageCount: z.number().int().positive().max(5000),
    /** Two or three sentences on what the document is. */
    summary: z.string().min(1),
    /** A short, friendly introduction for young people. */
    youngPeopleIntro: z.string().min(1),
    /** The figures shown on the report's overview page. */
    headline: z.array(MetricSchema).default([]),
    /** Themes in the order they should be listed; themes not named here follow in section order. */
    themes: z.array(z.string().min(1)).default([]),
    /** A draft shows in `npm run dev` only: it is left out of the production build, sitemap and search. */
    draft: z.boolean().default(false),
  }, STRICT)
  .strict()
  .superRefine((report, ctx) => {
    if (report.period.end < report.period.start) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['period', 'end'],
        message: 'The period ends before it starts: check `period.start` and `period.end`.',
      });
    }
  });

export type ReportData = z.infer<typeof ReportSchema>;
