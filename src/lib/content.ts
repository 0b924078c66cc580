// The only module that reads content collections. It loads every entry once per build, checks the
// rules that span files, and hands pages a ready-made site model (see src/lib/site.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSite, type Site, type SiteReport, type SiteSection } from './site';
import { formatProblems, validateContent } from './validate';

export type SectionSource = CollectionEntry<'sections'>;
export type AppSite = Site<SectionSource>;
export type AppReport = SiteReport<SectionSource>;
export type AppSection = SiteSection<SectionSource>;

let cached: Promise<AppSite> | undefined;

async function loadSite(): Promise<AppSite> {
  const [partnerships, reports, sections, catalogue, glossary, helpContacts, helpTopics, youngPeople] = await Promise.all([
    getCollection('partnerships'),
    getCollection('reports'),
    getCollection('sections'),
    getCollection('metrics'),
    getCollection('glossary'),
    getCollection('helpContacts'),
    getCollection('helpTopics'),
    getCollection('youngPeople'),
  ]);
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  const plain = <T>(list: { id: string; filePath?: string | undefined; data: T }[]) =>
    list.map((entry) => ({ id: entry.id, file: file(entry), data: entry.data }));

  // Each list is converted once and shared by the validator and the model.
  const input = {
    partnerships: plain(partnerships),
    reports: plain(reports),
    sections: sections.map((entry) => ({
      id: entry.id,
      file: file(entry),
      data: entry.data,
      body: entry.body ?? '',
      html: entry.rendered?.html ?? '',
      bodyNotes: (entry.rendered?.metadata as { notes?: string[] } | undefined)?.notes ?? [],
      source: entry,
    })),
    catalogue: plain(catalogue),
    glossary: plain(glossary),
    helpContacts: plain(helpContacts),
    helpTopics: plain(helpTopics),
    youngPeople: plain(youngPeople),
  };
  const problems = validateContent({
    ...input,
    helpTopics: helpTopics.map((entry) => entry.id),
    helpContacts: helpContacts.map((entry) => entry.id),
    helpTopicContacts: Object.fromEntries(helpTopics.map((entry) => [entry.id, entry.data.contacts])),
  });
  if (problems.length > 0) {
    throw new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
  }

  return buildSite({
    ...input,
    // The mode, not NODE_ENV: a build run with NODE_ENV=test must still leave drafts out.
    includeDrafts: import.meta.env.MODE === 'development',
  });
}

/** The site model, computed once per build (or once per request in development, so edits show). */
export function getSite(): Promise<AppSite> {
  if (import.meta.env.MODE === 'development') return loadSite();
  cached ??= loadSite();
  return cached;
}

/** Static paths for the pages every report has (overview, young people's, print, data files). */
export async function getReportPaths(include: (report: AppReport) => boolean = () => true) {
  const site = await getSite();
  return site.reports.filter(include).map((report) => ({ params: { partnership: report.partnership.id, report: report.slug }, props: { report } }));
}

let searchCached: ReturnType<typeof loadSearchContent> | undefined;

async function loadSearchContent() {
  const [riskPhrases, searchWords, popularTopics] = await Promise.all([
    getCollection('riskPhrases'),
    getCollection('searchWords'),
    getCollection('popularTopics'),
  ]);
  const site = await getSite();
  const popular = popularTopics.map((entry) => {
    const section = site.sections.find((candidate) => candidate.id === entry.data.section);
    if (!section) throw new Error(`content/help/popular-topics.yaml: no section "${entry.data.section}" (entry "${entry.id}").`);
    return { ...entry.data, id: entry.id, url: section.url };
  });
  return {
    riskPhrases: riskPhrases.map((entry) => ({ ...entry.data, id: entry.id })),
    searchWords: searchWords.map((entry) => ({ ...entry.data, id: entry.id })),
    popularTopics: popular,
  };
}

/** The search page's content: risk phrases, everyday words and the most-read topics (content/help/). */
export function getSearchContent(): ReturnType<typeof loadSearchContent> {
  if (import.meta.env.MODE === 'development') return loadSearchContent();
  searchCached ??= loadSearchContent();
  return searchCached;
}
