// Wiring only: each collection joins a loader over `content/` to its schema in `src/schemas/`,
// parsed with the site's messages (src/schemas/messages.ts) so the build says what the check says.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionLoader } from './lib/mdx/loader';
import { CatalogueSchema } from './schemas/catalogue';
import { GlossarySchema } from './schemas/glossary';
import { HelpContactSchema, HelpTopicEntrySchema, PopularTopicSchema, RiskPhraseGroupSchema, SearchWordSchema } from './schemas/help';
import { PartnershipSchema } from './schemas/partnership';
import { ReportSchema } from './schemas/report';
import { SectionSchema } from './schemas/section';
import { withSiteMessages } from './schemas/messages';

/** The content folder; `CONTENT_DIR` points the build at another one (test fixtures, the scale benchmark). */
const root = process.env.CONTENT_DIR ?? './content';

/** Keeps ids as plain paths (`islington/2024-25/lado`), so they match the folders editors see. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '').replace(/\/report$/, '');

export const collections = {
  partnerships: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/partnerships`, generateId: pathId }),
    schema: withSiteMessages(PartnershipSchema),
  }),
  reports: defineCollection({
    loader: glob({ pattern: '*/*/report.yaml', base: `${root}/reports`, generateId: pathId }),
    schema: withSiteMessages(ReportSchema),
  }),
  sections: defineCollection({
    // Not glob(): sections are rendered to HTML here, once, as data (src/lib/mdx/), never compiled to code.
    loader: sectionLoader({ base: `${root}/reports` }),
    schema: withSiteMessages(SectionSchema),
  }),
  metrics: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/metrics`, generateId: pathId }),
    schema: withSiteMessages(CatalogueSchema),
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/glossary`, generateId: pathId }),
    schema: withSiteMessages(GlossarySchema),
  }),
  helpContacts: defineCollection({
    loader: file(`${root}/help/contacts.yaml`),
    schema: withSiteMessages(HelpContactSchema),
  }),
  helpTopics: defineCollection({
    loader: file(`${root}/help/topics.yaml`),
    schema: withSiteMessages(HelpTopicEntrySchema),
  }),
  // Search: words that show the help panel, everyday words, and the most-read topics (src/pages/search.astro).
  riskPhrases: defineCollection({ loader: file(`${root}/help/risk-phrases.yaml`), schema: RiskPhraseGroupSchema }),
  searchWords: defineCollection({ loader: file(`${root}/help/search-words.yaml`), schema: SearchWordSchema }),
  popularTopics: defineCollection({ loader: file(`${root}/help/popular-topics.yaml`), schema: PopularTopicSchema }),
};
