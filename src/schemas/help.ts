import { z } from 'astro/zod';
import { ContactSchema } from './partnership';

/** A national help service: `content/help/contacts.yaml`. */
export const HelpContactSchema = ContactSchema.extend({
  /** Short label for who it is for, e.g. `For anyone under 19`. */
  audience: z.string().min(1),
  /** The young people's description. */
  youngDescription: z.string().min(1),
});

/** Help text for one topic: `content/help/topics.yaml`. */
export const HelpTopicEntrySchema = z.object({
  /** The box's heading. */
  title: z.string().min(1),
  /** For adults. */
  text: z.string().min(1),
  /** For young people. */
  youngText: z.string().min(1),
  /** Ids of national contacts to list. */
  contacts: z.array(z.string().min(1)).min(1),
});

export type HelpContactData = z.infer<typeof HelpContactSchema>;
export type HelpTopicData = z.infer<typeof HelpTopicEntrySchema>;

/**
 * Words and phrases that suggest the person searching may be at risk or upset:
 * `content/help/risk-phrases.yaml`. A search that holds one shows the help panel first.
 */
export const RiskPhraseGroupSchema = z.object({
  /** What the group is about, for editors, e.g. `Being hurt at home`. */
  about: z.string().min(1),
  /**
   * Words and phrases as people type them. Matching ignores capitals and punctuation and accepts
   * simple word forms (`hits me` also matches `hit me` and `hitting me`), and a phrase matches
   * whole words only, anywhere in the search.
   */
  phrases: z.array(z.string().trim().min(2)).min(1),
});

/**
 * Everyday words mapped to the words the reports use: `content/help/search-words.yaml`. Every
 * section whose title or "Also called" list holds one of `means` is found by `words` as well.
 */
export const SearchWordSchema = z.object({
  /** Words people type, e.g. `runaway`. */
  words: z.array(z.string().trim().min(2)).min(1),
  /** Words the sections use, e.g. `running away`. */
  means: z.array(z.string().trim().min(2)).min(1),
});

/** One of the most-read topics offered when a search finds nothing: `content/help/popular-topics.yaml`. */
export const PopularTopicSchema = z.object({
  /** The link text, in everyday words. */
  label: z.string().min(1),
  /** The section it opens, as `<partnership>/<report>/<section>` (its file path without `.mdx`). */
  section: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/, 'Give the section as partnership/report/section, e.g. "islington/2024-25/lado".'),
});

export type RiskPhraseGroupData = z.infer<typeof RiskPhraseGroupSchema>;
export type SearchWordData = z.infer<typeof SearchWordSchema>;
export type PopularTopicData = z.infer<typeof PopularTopicSchema>;
