// Wiring only: each collection joins a loader over `content/` to its schema in `src/schemas/`. The
// loaders (src/lib/yaml-loader.ts, src/lib/mdx/loader.ts) read, parse and check each file exactly as
// `npm run check:content` does, with the site's messages, so the build says what the check says. The
// `schema` here gives the entries their types.
import { defineCollection } from 'astro:content';
import { sectionLoader } from './lib/mdx/loader';
import { reportFileLoader, yamlEntriesLoader, yamlFolderLoader } from './lib/yaml-loader';
import { CatalogueSchema } from './schemas/catalogue';
import { GlossarySchema } from './schemas/glossary';
import { HelpContactSchema, HelpTopicEntrySchema, PopularTopicSchema, RiskPhraseGroupSchema, SearchWordSchema } from './schemas/help';
import { PartnershipSchema } from './schemas/partnership';
import { ReportSchema } from './schemas/report';
import { SectionSchema } from './schemas/section';
import { YoungPeopleEditionSchema } from './schemas/young-people-edition';
import { withSiteMessages } from './schemas/messages';

/** The content folder; `CONTENT_DIR` points the build at another one (test fixtures, the scale benchmark). */
const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  partnerships: defineCollection({
    loader: yamlFolderLoader({ folder: `${root}/partnerships`, schema: PartnershipSchema }),
    schema: withSiteMessages(PartnershipSchema),
  }),
  reports: defineCollection({
    loader: reportFileLoader({ reportsDir: `${root}/reports`, name: 'report.yaml', schema: ReportSchema }),
    schema: withSiteMessages(ReportSchema),
  }),
  sections: defineCollection({
    // Sections are rendered to HTML here, once, as data (src/lib/mdx/), never compiled to code.
    loader: sectionLoader({ base: `${root}/reports` }),
    schema: withSiteMessages(SectionSchema),
  }),
  youngPeople: defineCollection({
    loader: reportFileLoader({ reportsDir: `${root}/reports`, name: 'young-people.yaml', schema: YoungPeopleEditionSchema }),
    schema: withSiteMessages(YoungPeopleEditionSchema),
  }),
  metrics: defineCollection({
    loader: yamlFolderLoader({ folder: `${root}/metrics`, schema: CatalogueSchema }),
    schema: withSiteMessages(CatalogueSchema),
  }),
  glossary: defineCollection({
    loader: yamlFolderLoader({ folder: `${root}/glossary`, schema: GlossarySchema }),
    schema: withSiteMessages(GlossarySchema),
  }),
  helpContacts: defineCollection({
    loader: yamlEntriesLoader({ file: `${root}/help/contacts.yaml`, shape: 'list', schema: HelpContactSchema }),
    schema: withSiteMessages(HelpContactSchema),
  }),
  helpTopics: defineCollection({
    loader: yamlEntriesLoader({ file: `${root}/help/topics.yaml`, shape: 'map', schema: HelpTopicEntrySchema }),
    schema: withSiteMessages(HelpTopicEntrySchema),
  }),
  // Search: words that show the help panel, everyday words, and the most-read topics (src/pages/search.astro).
  riskPhrases: defineCollection({
    loader: yamlEntriesLoader({ file: `${root}/help/risk-phrases.yaml`, shape: 'map', schema: RiskPhraseGroupSchema, optional: true }),
    schema: withSiteMessages(RiskPhraseGroupSchema),
  }),
  searchWords: defineCollection({
    loader: yamlEntriesLoader({ file: `${root}/help/search-words.yaml`, shape: 'map', schema: SearchWordSchema, optional: true }),
    schema: withSiteMessages(SearchWordSchema),
  }),
  popularTopics: defineCollection({
    loader: yamlEntriesLoader({ file: `${root}/help/popular-topics.yaml`, shape: 'list', schema: PopularTopicSchema, optional: true }),
    schema: withSiteMessages(PopularTopicSchema),
  }),
};
