import { z } from 'astro/zod';

/** One glossary term: `content/glossary/<id>.yaml`. */
export const GlossarySchema = z.object({
  /** The term or abbreviation as it appears in text, e.g. `LADO`. */
  term: z.string().min(1),
  /** What an abbreviation stands for, e.g. `Local Authority Designated Officer`. */
  expansion: z.string().min(1).optional(),
  /** A plain definition for adults, in one to three sentences. */
  definition: z.string().min(1),
  /** A definition for a reader of about 10 to 12. */
  youngDefinition: z.string().min(1),
  /** Everyday words for the same thing (e.g. `allegation against a teacher`), shown and indexed for search. */
  alsoCalled: z.array(z.string().min(1)).default([]),
  /** Other spellings of the abbreviation that should be recognised in text, e.g. `CSCPs` for `CSCP`. */
  variants: z.array(z.string().min(1)).default([]),
});

export type GlossaryData = z.infer<typeof GlossarySchema>;
