import { z } from 'astro/zod';
import { AreaSchema, PeriodSchema, STRICT, SlugSchema, SourcePageSchema, UnitSchema } from './common';

/** A value that a figure is compared with: usually the same measure in an earlier period. */
export const ComparisonSchema = z
  .object({
    /** The earlier or benchmark value, exactly as the source gives it. */
    value: z.number(),
    /** The period the comparison value covers, e.g. `2023-24`, or `not stated` (read like a metric's `period`). */
    period: PeriodSchema,
    /** What the comparison is, when it is not the same measure in an earlier period, e.g. `national average`. */
    label: z.string().min(1).optional(),
    /** The area the comparison value is for, when it differs from the figure's own, e.g. `England`. */
    area: AreaSchema.optional(),
  }, STRICT)
  .strict();

/** One figure from a source document. */
export const MetricSchema = z
  .object({
    /** Stable id within the section, used in data downloads. Defaults to the catalogue id or a slug of the label. */
    id: SlugSchema.optional(),
    /** What is counted, in plain words, e.g. `Contacts to children's social care`. */
    label: z.string().min(1),
    /** The value exactly as the source gives it. `null` only when the source's figure cannot be read (then `sourceText` and `note` are required). */
    value: z.number().nullable(),
    /** How the figure is measured. */
    unit: UnitSchema,
    /** The period the figure covers: `2024-25`, `2020/21 school year`, `31 March 2024`, `not stated`… (see `src/lib/period.ts`). */
    period: PeriodSchema,
    /** The area the figure is for, when it is not the partnership's whole area, e.g. `Hackney`, `City of London`, `England`. */
    area: AreaSchema.optional(),
    /** A value to compare with, where the source gives one. */
    comparison: ComparisonSchema.optional(),
    /** The page of the source document where the figure is printed. */
    sourcePage: SourcePageSchema,
    /** A short note when the source's figures are garbled, contradictory or do not add up. */
    note: z.string().min(1).optional(),
    /** The figure as printed, when it differs from a plain number (e.g. `%08`). */
    sourceText: z.string().min(1).optional(),
    /** The id of the measure in the metric catalogue (`content/metrics/<id>.yaml`), when it recurs across years. */
    catalogue: SlugSchema.optional(),
  }, STRICT)
  .strict()
  .superRefine((metric, ctx) => {
    if (metric.value === null && !(metric.sourceText && metric.note)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['value'],
        message: 'A figure without a readable value needs `sourceText` (what the source prints) and a `note` saying why it cannot be read.',
      });
    }
    const checkRange = (value: number | null, path: (string | number)[]) => {
      if (value === null) return;
      if (metric.unit === 'percent' && (value < 0 || value > 100)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path,
          message: `A percentage must be between 0 and 100, but this is ${value}. If the source prints it, set \`value: null\` with \`sourceText\` and a \`note\`.`,
        });
      }
      if (metric.unit !== 'percent' && metric.unit !== 'score' && value < 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path,
          message: `A ${metric.unit} cannot be negative, but this is ${value}.`,
        });
      }
    };
    checkRange(metric.value, ['value']);
    if (metric.comparison) checkRange(metric.comparison.value, ['comparison', 'value']);
  });

export type Metric = z.infer<typeof MetricSchema>;
