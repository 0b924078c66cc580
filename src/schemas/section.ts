import { z } from 'astro/zod';
import { ChartSchema } from './chart';
import { AreaSchema, HelpTopicSchema, SlugSchema, STRICT, SourcePageSchema } from './common';
import { MetricSchema } from './metric';
import { YoungPeopleSchema } from './young-people';

/**
 * The frontmatter of one report section: `content/reports/<partnership>/<report>/<section>.mdx`.
 * The section's slug is its file name; its partnership and report come from its folders.
 */
export const SectionSchema = z
  .object({
    /** The heading of the section, as a reader would say it. */
    title: z.string().min(1),
    /** Position in the report (sections are listed in ascending order). */
    order: z.number(),
    /** The group the section belongs to on the report page, e.g. `Children's social care`. */
    theme: z.string().min(1),
    /** The area every figure and chart in the section is for, when the section is about part of the partnership's area (e.g. `Hackney`); a figure's own `area` wins. */
    area: AreaSchema.optional(),
    /** One sentence saying what the section is about. */
    summary: z.string().min(1),
    /** The agency, board or subgroup responsible, as the source names it. */
    responsible: z.string().min(1).optional(),
    /** Ids of the partnership's priorities (in its partnership file) that this section serves. */
    priorities: z.array(SlugSchema).default([]),
    /** Pages of the source document this section draws on. */
    sourcePages: z.array(SourcePageSchema).min(1),
    /** Key figures, shown as tiles. */
    metrics: z.array(MetricSchema).default([]),
    /** Series of figures, shown as charts with data tables. */
    charts: z.array(ChartSchema).default([]),
    /** The young people's version. */
    youngPeople: YoungPeopleSchema,
    /** Which help box suits this section's topic. */
    help: HelpTopicSchema.default('general'),
    /** Everyday words people use for this topic (e.g. `running away`), shown as "Also called" and indexed for search. */
    alsoCalled: z.array(z.string().min(1)).default([]),
    /**
     * Links the section to sections with other slugs in other years of the same partnership.
     * Sections with the same slug, or the same `topic`, are "the same section" across years.
     */
    topic: SlugSchema.optional(),
    /**
     * The sections in other reports of the partnership that continue this one under another slug or
     * topic, as `<report>/<section>`, e.g. `2024-25/missing-and-exploitation`. The link works both
     * ways: the year switcher goes there, and that section lists this one among its other years.
     */
    counterparts: z
      .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Write a counterpart as "<report folder>/<section file name>", e.g. "2024-25/missing-and-exploitation".'))
      .default([]),
    /** Former slugs of this section: each gets a redirect page so old links still arrive. */
    aliases: z.array(SlugSchema).default([]),
    /**
     * Former heading anchors, so published links survive rewording: each key is a heading's current
     * id (its slug, e.g. `what-happened`), each value the ids it had before.
     */
    anchors: z.record(SlugSchema, z.array(SlugSchema)).default({}),
  }, STRICT)
  .strict()
  .superRefine((section, ctx) => {
    const ids = new Map<string, number>();
    section.metrics.forEach((metric, index) => {
      const id = metric.id;
      if (!id) return;
      if (ids.has(id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['metrics', index, 'id'],
          message: `Two figures in this section have the id "${id}": give each a different id.`,
        });
      }
      ids.set(id, index);
    });
  });

export type SectionData = z.infer<typeof SectionSchema>;
