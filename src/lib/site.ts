// Builds the whole site model once from plain content entries: partnerships hold reports, reports
// hold sections grouped into themes. Pure: no Astro imports, so it is unit-tested directly.
import type { CatalogueData } from '../schemas/catalogue';
import type { Chart } from '../schemas/chart';
import type { GlossaryData } from '../schemas/glossary';
import type { HelpContactData, HelpTopicData } from '../schemas/help';
import type { Metric } from '../schemas/metric';
import type { PartnershipData } from '../schemas/partnership';
import type { ReportData } from '../schemas/report';
import type { SectionData } from '../schemas/section';
import { slugify } from './format';
import { numberFigureNotes, type NumberedNote } from './notes';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** A section as loaded, with `source` being whatever the caller needs to render it later. */
export interface SectionInput<S> extends Entry<SectionData> {
  body: string;
  /** The body rendered to HTML by the content loader (src/lib/mdx/), with its notes moved out. */
  html?: string;
  /** The notes of the body as HTML, in order (numbered on from the figure notes). */
  bodyNotes?: string[];
  source: S;
}

export interface SiteInput<S> {
  partnerships: Entry<PartnershipData>[];
  reports: Entry<ReportData>[];
  sections: SectionInput<S>[];
  catalogue: Entry<CatalogueData>[];
  glossary: Entry<GlossaryData>[];
  helpContacts: Entry<HelpContactData>[];
  helpTopics: Entry<HelpTopicData>[];
  /** Drafts are shown in development only. */
  includeDrafts: boolean;
}

/** A figure with its id settled. */
export type SiteMetric = Metric & { id: string };
/** A chart with its id settled. */
export type SiteChart = Chart & { id: string };

export interface SiteSection<S = unknown> {
  id: string;
  slug: string;
  url: string;
  file: string;
  /** Sections with the same topic in other reports of the partnership are "the same section". */
  topic: string;
  data: SectionData;
  metrics: SiteMetric[];
  charts: SiteChart[];
  body: string;
  /** The body as HTML: safe, rendered once by the content loader. */
  html: string;
  /** Every numbered note of the section: figure notes first, then the body's notes (src/lib/notes.ts). */
  notes: NumberedNote[];
  source: S;
  report: SiteReport<S>;
}

/** A section's numbered notes: its figure notes, then the notes from its body. */
function sectionNotes(entry: { data: SectionData; bodyNotes?: string[] | undefined }): NumberedNote[] {
  const figure = numberFigureNotes(entry.data).notes;
  return [...figure, ...(entry.bodyNotes ?? []).map((text, index) => ({ n: figure.length + index + 1, text, html: true }))];
}

export interface SiteTheme<S = unknown> {
  id: string;
  title: string;
  sections: SiteSection<S>[];
}

export interface SiteReport<S = unknown> {
  id: string;
  slug: string;
  url: string;
  file: string;
  data: ReportData;
  headline: SiteMetric[];
  sections: SiteSection<S>[];
  themes: SiteTheme<S>[];
  partnership: SitePartnership<S>;
}

export interface SitePartnership<S = unknown> {
  id: string;
  url: string;
  data: PartnershipData;
  /** Newest first. */
  reports: SiteReport<S>[];
}

export interface GlossaryTerm extends GlossaryData {
  id: string;
  url: string;
}

export interface Site<S = unknown> {
  partnerships: SitePartnership<S>[];
  reports: SiteReport<S>[];
  sections: SiteSection<S>[];
  catalogue: Map<string, CatalogueData & { id: string; url: string }>;
  /** Catalogue ids that at least one section reports: only these have a page under /figures/. */
  measured: Set<string>;
  glossary: GlossaryTerm[];
  helpContacts: Map<string, HelpContactData & { id: string }>;
  helpTopics: Map<string, HelpTopicData>;
}

/** Gives every figure (or chart) an id that is unique within its list. */
export function settleIds<T extends { id?: string | undefined; catalogue?: string | undefined }>(
  items: readonly T[],
  label: (item: T) => string,
): (T & { id: string })[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const base = item.id ?? item.catalogue ?? (slugify(label(item)) || 'item');
    let id = base;
    for (let n = 2; seen.has(id); n += 1) id = `${base}-${n}`;
    seen.add(id);
    return { ...item, id };
  });
}

function withArea<T extends { area?: string | undefined }>(item: T, area: string | undefined): T {
  return item.area || !area ? item : { ...item, area };
}

/** Orders themes by the report's `themes` list, then by the first section that uses each. */
export function groupThemes<S>(sections: SiteSection<S>[], order: readonly string[]): SiteTheme<S>[] {
  const themes = new Map<string, SiteSection<S>[]>();
  for (const title of order) themes.set(title, []);
  for (const section of sections) themes.set(section.data.theme, [...(themes.get(section.data.theme) ?? []), section]);
  return [...themes]
    .filter(([, list]) => list.length > 0)
    .map(([title, list]) => ({ id: slugify(title), title, sections: list }));
}

/** Builds the site model. Reports without a partnership, and sections without a report, are left out (the validator reports them). */
export function buildSite<S>(input: SiteInput<S>): Site<S> {
  const partnerships: SitePartnership<S>[] = input.partnerships
    .map((entry) => ({ id: entry.id, url: `/${entry.id}/`, data: entry.data, reports: [] as SiteReport<S>[] }))
    .sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
  const partnershipById = new Map(partnerships.map((partnership) => [partnership.id, partnership]));

  const reports: SiteReport<S>[] = [];
  for (const entry of input.reports) {
    if (entry.data.draft && !input.includeDrafts) continue;
    const [partnershipId, slug] = entry.id.split('/') as [string, string];
    const partnership = partnershipById.get(partnershipId);
    if (!partnership) continue;
    const report: SiteReport<S> = {
      id: entry.id,
      slug,
      url: `/${entry.id}/`,
      file: entry.file,
      data: entry.data,
      headline: settleIds(entry.data.headline, (metric) => metric.label),
      sections: [],
      themes: [],
      partnership,
    };
    reports.push(report);
    partnership.reports.push(report);
  }
  const reportById = new Map(reports.map((report) => [report.id, report]));

  const sections: SiteSection<S>[] = [];
  for (const entry of input.sections) {
    const [partnershipId, reportSlug, slug] = entry.id.split('/') as [string, string, string];
    const report = reportById.get(`${partnershipId}/${reportSlug}`);
    if (!report) continue;
    const section: SiteSection<S> = {
      id: entry.id,
      slug,
      url: `/${entry.id}/`,
      file: entry.file,
      topic: entry.data.topic ?? slug,
      data: entry.data,
      // A section about part of the area (e.g. `area: Hackney`) passes its area to figures that name none.
      metrics: settleIds(entry.data.metrics.map((metric) => withArea(metric, entry.data.area)), (metric) => metric.label),
      charts: settleIds(entry.data.charts.map((chart) => withArea(chart, entry.data.area)), (chart) => chart.title),
      body: entry.body,
      html: entry.html ?? '',
      notes: sectionNotes(entry),
      source: entry.source,
      report,
    };
    report.sections.push(section);
    sections.push(section);
  }

  for (const report of reports) {
    report.sections.sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
    report.themes = groupThemes(report.sections, report.data.themes);
  }
  for (const partnership of partnerships) {
    partnership.reports.sort((a, b) => b.data.period.start.getTime() - a.data.period.start.getTime() || a.slug.localeCompare(b.slug));
  }

  return {
    partnerships,
    reports: partnerships.flatMap((partnership) => partnership.reports),
    sections: partnerships.flatMap((partnership) => partnership.reports.flatMap((report) => report.sections)),
    measured: new Set(sections.flatMap((section) => section.metrics.map((metric) => metric.catalogue ?? '')).filter(Boolean)),
    catalogue: new Map(input.catalogue.map((entry) => [entry.id, { ...entry.data, id: entry.id, url: `/figures/${entry.id}/` }])),
    glossary: input.glossary
      .map((entry) => ({ ...entry.data, id: entry.id, url: `/glossary/#${entry.id}` }))
      .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' })),
    helpContacts: new Map(input.helpContacts.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
    helpTopics: new Map(input.helpTopics.map((entry) => [entry.id, entry.data])),
  };
}
