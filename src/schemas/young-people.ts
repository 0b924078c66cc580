import { z } from 'astro/zod';
import { STRICT } from './common';

/** The young people's version of a section or report: for a reader of about 10 to 12. */
export const YoungPeopleSchema = z.object({
  /** Two to five short sentences in everyday words. */
  summary: z.string().min(1),
  /** Up to six short bullet points. */
  points: z.array(z.string().min(1)).max(6).default([]),
  /** "What this means for you": one to three short sentences. */
  forYou: z.string().min(1),
}, STRICT).strict();

export type YoungPeople = z.infer<typeof YoungPeopleSchema>;
