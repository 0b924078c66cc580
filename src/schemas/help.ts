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
