import { z } from 'astro/zod';
import { STRICT, UnitSchema } from './common';

/** A measure that recurs across years or partnerships: `content/metrics/<id>.yaml`. */
export const CatalogueSchema = z.object({
  /** The measure's name, e.g. `Contacts to children's social care`. */
  title: z.string().min(1),
  /** What is counted, in plain words, and over what kind of period. */
  definition: z.string().min(1),
  /** The unit every value of this measure uses. */
  unit: UnitSchema,
  /** The group it is listed under on `/figures/`. */
  theme: z.string().min(1),
  /** True only where partnerships count this measure in the same way, so values can sit side by side. */
  comparableAcrossPartnerships: z.boolean().default(false),
  /** Differences in how the measure was counted in different years or places. */
  caveats: z.array(z.string().min(1)).default([]),
}, STRICT).strict();

export type CatalogueData = z.infer<typeof CatalogueSchema>;
