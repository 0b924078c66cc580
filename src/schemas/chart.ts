import { z } from 'astro/zod';
import { AreaSchema, PeriodSchema, STRICT, SlugSchema, SourcePageSchema, UnitSchema } from './common';

/** One series of values in a chart, one value per label (`null` where the source gives none). */
export const DatasetSchema = z.object({
  /** The series name shown in the legend and as the table's column heading. */
  label: z.string().min(1),
  /** The values, in the same order as the chart's labels. */
  data: z.array(z.number().nullable()).min(1),
}, STRICT).strict();

/** A chart drawn from a series of figures; always rendered with a caption, a description and a data table. */
export const ChartSchema = z
  .object({
    /** Stable id within the section, used for the figure's anchor and in data downloads. Defaults to a slug of the title. */
    id: SlugSchema.optional(),
    /** The chart's caption. */
    title: z.string().min(1),
    /** How to draw it. `horizontal-bar` suits long labels; `stacked-bar` stacks the datasets. */
    type: z.enum(['bar', 'horizontal-bar', 'stacked-bar', 'line', 'doughnut', 'pie']),
    /** The unit of every value in the chart. */
    unit: UnitSchema,
    /** The period the values cover (read like a metric's `period`). */
    period: PeriodSchema,
    /** The area the values are for, when it is not the partnership's whole area. */
    area: AreaSchema.optional(),
    /** The category labels (x axis, or slices). */
    labels: z.array(z.string().min(1)).min(1),
    /** One or more series of values. */
    datasets: z.array(DatasetSchema).min(1),
    /** One sentence, in plain words, saying what the chart shows. */
    description: z.string().min(1),
    /** The page of the source document where the chart is printed. */
    sourcePage: SourcePageSchema,
    /** A short note when the source's figures do not add up or were partly lost. */
    note: z.string().min(1).optional(),
  }, STRICT)
  .strict()
  .superRefine((chart, ctx) => {
    chart.datasets.forEach((dataset, index) => {
      if (dataset.data.length !== chart.labels.length) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['datasets', index, 'data'],
          message: `Dataset "${dataset.label}" has ${dataset.data.length} values but the chart has ${chart.labels.length} labels: give one value per label.`,
        });
      }
      dataset.data.forEach((value, valueIndex) => {
        if (value === null) return;
        if (chart.unit === 'percent' && (value < 0 || value > 100)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['datasets', index, 'data', valueIndex],
            message: `A percentage must be between 0 and 100, but this is ${value}.`,
          });
        } else if (chart.unit !== 'percent' && chart.unit !== 'score' && value < 0) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['datasets', index, 'data', valueIndex],
            message: `A ${chart.unit} cannot be negative, but this is ${value}.`,
          });
        }
      });
    });
    if ((chart.type === 'doughnut' || chart.type === 'pie') && chart.datasets.length !== 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['datasets'],
        message: `A ${chart.type} chart shows exactly one dataset; use a bar chart for several.`,
      });
    }
  });

export type Chart = z.infer<typeof ChartSchema>;
