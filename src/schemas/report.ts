import { z } from 'astro/zod';
import { STRICT } from './common';
import { MetricSchema } from './metric';

/** Kinds of document the site publishes. */
export const ReportKindSchema = z.enum(['annual-report', 'partnership-plan', 'practice-review']);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** A citation of the source document, as its own pages give it. */
export const CitationSchema = z.object({
  /** Who published the document, as it names itself, e.g. `Islington Safeguarding Children Partnership`. */
  publisher: z.string().min(1),
  /** The document's title as printed on it. */
  title: z.string().min(1),
  /** The date the document gives for itself, as printed (e.g. `2025`); leave out when it gives none. */
  date: z.string().min(1).optional(),
  /** The author, where the document names one. */
  author: z.string().min(1).optional(),
  /** The web address the document gives for itself or its publisher; leave out when it gives none. */
  url: z.string().url('Write the full web address, starting https:// or http://.').optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** One correction made after publishing. */
export const ChangeSchema = z.object({
  /** The day the correction was published. */
  date: z.coerce.date(),
  /** What changed and why, in one or two plain sentences. */
  reason: z.string().min(1),
});

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
    /** How readers cite the source document: shown on the overview, the print page and in the data files. */
    citation: CitationSchema,
    /** Editors only, never shown: the working file the content was taken from. */
    source: z.string().min(1).optional(),
    /**
     * How the site worked out the period when the document does not state it. Shown on the
     * report's "About these figures" page, not on the overview.
     */
    periodNote: z.string().min(1).optional(),
    /**
     * Corrections made after publishing, oldest first. Add one entry each time a published figure or
     * sentence is corrected; shown on the overview and in the data files.
     */
    changes: z.array(ChangeSchema).default([]),
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
