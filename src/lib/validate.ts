// Rules that span more than one content file. Shared by the build (src/lib/content.ts) and by
// `npm run check:content`, so both report exactly the same problems.
import type { CatalogueData } from '../schemas/catalogue';
import type { GlossaryData } from '../schemas/glossary';
import type { PartnershipData } from '../schemas/partnership';
import type { ReportData } from '../schemas/report';
import type { SectionData } from '../schemas/section';
import type { YoungPeopleEditionData } from '../schemas/young-people-edition';
import { proseOf, readabilityProblem, youngPeopleText } from './readability';

/** One thing wrong with the content, said so that an editor can fix it. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** The field in the file, as a dotted path, when the problem is in one field. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** Every content entry that passed its own schema, as plain data. */
export interface ContentSet {
  partnerships: Entry<PartnershipData>[];
  reports: Entry<ReportData>[];
  sections: (Entry<SectionData> & { body: string })[];
  catalogue: Entry<CatalogueData>[];
  glossary: Entry<GlossaryData>[];
  helpTopics: string[];
  helpContacts: string[];
  helpTopicContacts: Record<string, string[]>;
  /** Young people's editions (`young-people.yaml`), with the id of their report. */
  youngPeople?: Entry<YoungPeopleEditionData>[];
  /**
   * Ids of entries that exist but could not be read or failed their own schema (the content check
   * has already reported each once). Rules across files treat them as present, so one broken file
   * never shows up again as "missing" or "broken link" elsewhere.
   */
  failed?: {
    partnerships: string[];
    reports: string[];
    sections: string[];
    catalogue: string[];
    glossary: string[];
    /** Contact ids whose entries failed, or true when the whole help contacts file did. */
    helpContacts?: string[] | true;
    /** Topic ids whose entries failed, or true when the whole help topics file did. */
    helpTopics?: string[] | true;
  };
}

/** Top-level URL segments the site uses itself; no partnership may take them. */
export const RESERVED_PARTNERSHIP_SLUGS = [
  'search',
  'glossary',
  'get-help',
  'accessibility',
  'figures',
  'leave-this-site',
  'privacy',
  'pagefind',
  '_astro',
  'about',
  'search-words.json',
  'preview.png',
];
/**
 * Segments under a report that the site uses itself (its own pages and files); no section or
 * alias may take them. A test keeps this list in step with the routes in src/pages/[partnership]/[report]/.
 */
export const RESERVED_SECTION_SLUGS = ['young-people', 'print', 'data.csv', 'data.json', 'about-these-figures', 'preview.png', 'poster', 'changes', 'index'];
/** Segments under a partnership that the site uses itself; no report may take them. */
export const RESERVED_REPORT_SLUGS = ['priorities'];

/** Capitalised tokens of two or more letters: the shape of an abbreviation. */
const ABBREVIATION = /\b[A-Z][A-Z0-9&]*[A-Z](?:'?s)?\b/g;

/** Words in capitals that are not abbreviations. */
const NOT_ABBREVIATIONS = new Set(['I', 'A', 'OK', 'TODO']);

/** Finds every abbreviation-shaped token in a text, ignoring link targets and code. */
export function findAbbreviations(text: string): string[] {
  const cleaned = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/#[0-9a-fA-F]{6}\b/g, '');
  const found = new Set<string>();
  for (const match of cleaned.matchAll(ABBREVIATION)) {
    const token = match[0];
    if (!NOT_ABBREVIATIONS.has(token)) found.add(token);
  }
  return [...found];
}

/** The forms of each glossary term that count as defined: the term, its variants and plurals. */
export function glossaryForms(glossary: Entry<GlossaryData>[]): Set<string> {
  const forms = new Set<string>();
  for (const { data } of glossary) {
    for (const form of [data.term, ...data.variants]) {
      forms.add(form);
      forms.add(`${form}s`);
      forms.add(`${form}'s`);
    }
  }
  return forms;
}

/** The URL paths that content may link to (without anchors). */
export function knownPaths(content: ContentSet): Set<string> {
  const paths = new Set(['/', '/search/', '/glossary/', '/get-help/', '/accessibility/', '/figures/', '/leave-this-site/']);
  for (const partnership of content.partnerships) paths.add(`/${partnership.id}/`);
  for (const report of content.reports) {
    for (const suffix of ['', 'print/', 'about-these-figures/', 'data.csv', 'data.json']) paths.add(`/${report.id}/${suffix}`);
  }
  for (const edition of content.youngPeople ?? []) {
    for (const suffix of ['young-people/', 'young-people/poster/']) paths.add(`/${edition.id}/${suffix}`);
  }
  for (const section of content.sections) {
    const [partnership, report] = section.id.split('/');
    paths.add(`/${section.id}/`);
    for (const alias of section.data.aliases) paths.add(`/${partnership}/${report}/${alias}/`);
  }
  for (const metric of content.catalogue) paths.add(`/figures/${metric.id}/`);
  for (const partnership of content.partnerships) {
    for (const priority of partnership.data.priorities) paths.add(`/${partnership.id}/priorities/${priority.id}/`);
  }
  return paths;
}

/** A URL segment made from a file or folder name: lower-case letters and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a name would be as a slug, to suggest in a fix. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Why a file or folder name (without its extension) cannot be a URL segment, or undefined when it can. */
export function slugProblem(name: string, what: string): string | undefined {
  if (SLUG.test(name)) return undefined;
  const suggestion = slugify(name);
  return `The ${what} "${name}" is not a valid web address segment: use lower-case letters, digits and single hyphens only${suggestion ? `, e.g. "${suggestion}"` : ''}. Rename it.`;
}

/** Characters that reorder or hide text: bidirectional controls and zero-width characters. */
export const HIDDEN_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B-\u200D\u2060\uFEFF]/;

/** Longest title, short title or figure label, in characters. */
export const MAX_TITLE = 150;
/** Longest young people's texts, in characters (about 130, 70 and 35 words). */
export const MAX_YOUNG = { summary: 800, forYou: 400, point: 200, intro: 600 };

/** The largest plausible value for each unit (percentages are held to 0–100 by the schemas). */
export const MAX_VALUE: Record<string, number> = {
  count: 1e9,
  gbp: 1e12,
  percent: 100,
  'rate-per-10000': 10_000,
  'rate-per-1000': 1_000,
  days: 1e6,
  weeks: 1e5,
  months: 1e5,
  hours: 1e7,
  minutes: 1e8,
  years: 1e4,
  score: 1e6,
};

/** Why a figure's value is implausible for its unit, or undefined. */
export function valueProblem(value: number | null | undefined, unit: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value)) return `${value} is not a figure: write the number as the source prints it, or set \`value: null\` with \`sourceText\` and a \`note\`.`;
  const max = MAX_VALUE[unit];
  if (max !== undefined && Math.abs(value) > max) {
    return `${value} is implausibly large for a ${unit} (the limit is ${max.toLocaleString('en-GB')}): check for a typing slip or a missing decimal point.`;
  }
  return undefined;
}

/** Walks every string and number in a piece of data, with its dotted path. */
function walk(value: unknown, path: string, visit: (value: string | number, path: string) => void): void {
  if (typeof value === 'string' || typeof value === 'number') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, path ? `${path}.${index}` : String(index), visit));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, visit);
  }
}

/** Rules every field of every file follows: finite numbers, no hidden characters, no blank text, short titles. */
function checkFields(file: string, data: unknown, problems: Problem[]): void {
  walk(data, '', (value, field) => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push({ file, field, message: `${value} is not a number a reader can use: write the figure as the source prints it.` });
      return;
    }
    if (HIDDEN_CHARACTERS.test(value)) {
      const found = [...new Set([...value].filter((char) => HIDDEN_CHARACTERS.test(char)))].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      problems.push({
        file,
        field,
        message: `Holds invisible characters that hide or reorder text (${found.join(', ')}): retype the text, or paste it as plain text, to remove them.`,
      });
    }
    if (value.trim() === '') problems.push({ file, field, message: 'Blank: write the text, or remove the line if the field is optional.' });
    const key = field.split('.').pop();
    if ((key === 'title' || key === 'shortTitle' || key === 'label') && value.length > MAX_TITLE) {
      problems.push({ file, field, message: `Too long for a ${key === 'label' ? 'label' : 'title'}: ${value.length} characters, at most ${MAX_TITLE}. Shorten it and put the rest in the summary or a note.` });
    }
  });
}

/** Young people's text: not blank, and short enough for a young reader to finish. */
function checkYoungText(file: string, field: string, text: string | undefined, max: number, problems: Problem[]): void {
  if (text === undefined) return;
  if (text.trim() === '') return; // reported as blank by checkFields
  if (text.length > max) {
    problems.push({ file, field, message: `Too long for young readers: ${text.length} characters, at most ${max}. Keep to a few short sentences.` });
  }
}

/** Figures and charts: plausible values for their unit, and source pages within the source document. */
function checkFigures(
  file: string,
  data: { metrics?: SectionData['metrics']; charts?: SectionData['charts']; headline?: ReportData['headline']; sourcePages?: number[] },
  pageCount: number | undefined,
  problems: Problem[],
  prefix = { metrics: 'metrics', charts: 'charts' },
): void {
  const page = (field: string, value: number) => {
    if (pageCount !== undefined && value > pageCount) {
      problems.push({ file, field, message: `Page ${value} is beyond the end of the source document, which has ${pageCount} pages (pageCount in report.yaml): check the page number.` });
    }
  };
  (data.sourcePages ?? []).forEach((value, index) => page(`sourcePages.${index}`, value));
  (data.metrics ?? data.headline ?? []).forEach((metric, index) => {
    const at = `${prefix.metrics}.${index}`;
    const value = valueProblem(metric.value, metric.unit);
    if (value) problems.push({ file, field: `${at}.value`, message: value });
    const comparison = valueProblem(metric.comparison?.value, metric.unit);
    if (comparison) problems.push({ file, field: `${at}.comparison.value`, message: comparison });
    page(`${at}.sourcePage`, metric.sourcePage);
  });
  const chartIds = new Map<string, number>();
  (data.charts ?? []).forEach((chart, index) => {
    const at = `${prefix.charts}.${index}`;
    chart.datasets.forEach((dataset, datasetIndex) =>
      dataset.data.forEach((value, valueIndex) => {
        const problem = valueProblem(value, chart.unit);
        if (problem) problems.push({ file, field: `${at}.datasets.${datasetIndex}.data.${valueIndex}`, message: problem });
      }),
    );
    page(`${at}.sourcePage`, chart.sourcePage);
    if (chart.id) {
      const first = chartIds.get(chart.id);
      if (first !== undefined) {
        problems.push({ file, field: `${at}.id`, message: `Two charts in this section have the id "${chart.id}" (the other is charts.${first}): give each a different id, as links and data downloads use it.` });
      } else chartIds.set(chart.id, index);
    }
  });
}

/** Checks every rule that spans files. Returns all problems found, not only the first. */
export function validateContent(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const partnerships = new Map(content.partnerships.map((entry) => [entry.id, entry]));
  const reports = new Map(content.reports.map((entry) => [entry.id, entry]));
  const catalogue = new Map(content.catalogue.map((entry) => [entry.id, entry]));
  const failed = content.failed;
  const failedPartnerships = new Set(failed?.partnerships ?? []);
  const failedReports = new Set(failed?.reports ?? []);
  const failedCatalogue = new Set(failed?.catalogue ?? []);
  const defined = glossaryForms(content.glossary);
  // A glossary file that failed its schema still defines its term: don't flag every use of it too.
  for (const id of failed?.glossary ?? []) for (const form of [id.toUpperCase(), id.replace(/-/g, '').toUpperCase()]) defined.add(form).add(`${form}s`);
  const paths = knownPaths(content);
  for (const id of failed?.sections ?? []) paths.add(`/${id}/`);
  for (const id of failed?.reports ?? []) for (const suffix of ['', 'young-people/', 'print/', 'data.csv', 'data.json']) paths.add(`/${id}/${suffix}`);
  for (const id of failed?.catalogue ?? []) paths.add(`/figures/${id}/`);
  const pageCounts = new Map(content.reports.map((entry) => [entry.id, entry.data.pageCount]));

  // File and folder names become URLs: each must be a slug, and unique regardless of case (macOS and
  // Windows cannot hold two names that differ only in case, and readers type addresses in any case).
  const checkNames = (entries: { id: string; file: string }[], what: string, segment: (id: string) => string) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const name = segment(entry.id);
      const problem = slugProblem(name, what);
      if (problem) problems.push({ file: entry.file, message: problem });
      const key = entry.id.toLowerCase();
      const other = seen.get(key);
      if (other) problems.push({ file: entry.file, message: `This name differs only in case from ${other}: both would have the same web address. Keep one.` });
      else seen.set(key, entry.file);
    }
  };
  const last = (id: string) => id.split('/').pop()!;
  checkNames(content.partnerships, 'partnership file name', last);
  checkNames(content.reports, 'report folder name', last);
  checkNames(content.sections, 'section file name', last);
  checkNames(content.catalogue, 'metric file name', last);
  checkNames(content.glossary, 'glossary file name', last);

  for (const list of [content.partnerships, content.reports, content.sections, content.catalogue, content.glossary] as Entry<unknown>[][]) {
    for (const entry of list) checkFields(entry.file, entry.data, problems);
  }

  const checkAbbreviations = (file: string, text: string) => {
    const missing = findAbbreviations(text).filter((token) => !defined.has(token));
    if (missing.length) {
      problems.push({
        file,
        message: `Abbreviation${missing.length > 1 ? 's' : ''} not in the glossary: ${missing.join(', ')}. Add a file to content/glossary/ for each (term, expansion, definition, youngDefinition), or add a variant to an existing term.`,
      });
    }
  };

  for (const partnership of content.partnerships) {
    if (RESERVED_PARTNERSHIP_SLUGS.includes(partnership.id)) {
      problems.push({ file: partnership.file, message: `"${partnership.id}" is a page of the site itself: rename the partnership file.` });
    }
    checkAbbreviations(partnership.file, JSON.stringify(partnership.data));
  }

  for (const report of content.reports) {
    const [partnershipId, slug] = report.id.split('/');
    if (!partnerships.has(partnershipId!) && !failedPartnerships.has(partnershipId!)) {
      problems.push({
        file: report.file,
        message: `This report is in the folder of partnership "${partnershipId}", which has no file content/partnerships/${partnershipId}.yaml. Move the report or add the partnership.`,
      });
    }
    if (RESERVED_REPORT_SLUGS.includes(slug!)) {
      problems.push({ file: report.file, message: `"${slug}" is used by the site itself: rename the report folder.` });
    }
    if (report.data.kind === 'annual-report' && slug !== report.data.period.label) {
      problems.push({
        file: report.file,
        field: 'period.label',
        message: `An annual report's folder must be named after its period: the folder is "${slug}" but period.label is "${report.data.period.label}".`,
      });
    }
    const intro = readabilityProblem(report.data.youngPeopleIntro);
    if (intro) problems.push({ file: report.file, field: 'youngPeopleIntro', message: intro });
    checkYoungText(report.file, 'youngPeopleIntro', report.data.youngPeopleIntro, MAX_YOUNG.intro, problems);
    checkFigures(report.file, { headline: report.data.headline }, report.data.pageCount, problems, { metrics: 'headline', charts: 'charts' });
    report.data.headline.forEach((metric, index) => {
      checkCatalogue(report.file, `headline.${index}`, metric.catalogue, metric.unit);
    });
    checkAbbreviations(report.file, JSON.stringify(report.data));
  }

  function checkCatalogue(file: string, field: string, id: string | undefined, unit: string) {
    if (!id || failedCatalogue.has(id)) return;
    const entry = catalogue.get(id);
    if (!entry) {
      problems.push({
        file,
        field: `${field}.catalogue`,
        message: `Unknown metric catalogue id "${id}". Use an id from content/metrics/ or add content/metrics/${id}.yaml.`,
      });
    } else if (entry.data.unit !== unit) {
      problems.push({
        file,
        field: `${field}.unit`,
        message: `The catalogue measure "${id}" is in ${entry.data.unit}, but this figure is in ${unit}: use the same unit, or a different measure.`,
      });
    }
  }

  const drafts = new Set(content.reports.filter((report) => report.data.draft).map((report) => report.id));
  const checkPrompts = (file: string, reportId: string, text: string) => {
    if (!drafts.has(reportId) && text.includes('TODO:')) {
      problems.push({ file, message: 'This file still has "TODO:" writing prompts: replace each with real content, or mark the report `draft: true`.' });
    }
  };
  for (const report of content.reports) checkPrompts(report.file, report.id, JSON.stringify(report.data));

  const urls = new Map<string, string>();
  for (const section of content.sections) {
    const [partnershipId, reportSlug, slug] = section.id.split('/');
    const reportId = `${partnershipId}/${reportSlug}`;
    const partnership = partnerships.get(partnershipId!);
    if (!partnership && !failedPartnerships.has(partnershipId!)) {
      problems.push({
        file: section.file,
        message: `This section is in the folder of partnership "${partnershipId}", which does not exist. Move it under content/reports/<partnership>/.`,
      });
    }
    if (!reports.has(reportId) && !failedReports.has(reportId)) {
      problems.push({
        file: section.file,
        message: `This section's folder has no report.yaml: add content/reports/${reportId}/report.yaml or move the section.`,
      });
    }
    if (RESERVED_SECTION_SLUGS.includes(slug!)) {
      problems.push({ file: section.file, message: `"${slug}" is a page of every report: rename the section file.` });
    }
    section.data.aliases.forEach((alias, index) => {
      if (RESERVED_SECTION_SLUGS.includes(alias)) {
        problems.push({ file: section.file, field: `aliases.${index}`, message: `"${alias}" is a page of every report, so it cannot be a former name of a section: remove the alias.` });
      }
    });
    for (const claimed of [slug!, ...section.data.aliases]) {
      const url = `/${reportId}/${claimed}/`;
      const other = urls.get(url);
      if (other) {
        problems.push({
          file: section.file,
          field: claimed === slug ? undefined : 'aliases',
          message: `The URL ${url} is claimed twice, here and by ${other}. Rename one section or remove the alias.`,
        });
      } else {
        urls.set(url, section.file);
      }
    }
    section.data.priorities.forEach((priority, index) => {
      if (partnership && !partnership.data.priorities.some((entry) => entry.id === priority)) {
        problems.push({
          file: section.file,
          field: `priorities.${index}`,
          message: `Unknown priority "${priority}". Use one of: ${partnership.data.priorities.map((entry) => entry.id).join(', ') || '(the partnership has none)'}.`,
        });
      }
    });
    section.data.counterparts.forEach((counterpart, index) => {
      const target = `${partnershipId}/${counterpart}`;
      const other = content.sections.find((candidate) => candidate.id === target);
      const message = !other
        ? `No section "${target}": give "<report folder>/<section file name>" of a section in another report of this partnership.`
        : counterpart.split('/')[0] === reportSlug
          ? 'A counterpart must be in another report of the partnership, not this one.'
          : undefined;
      if (message) problems.push({ file: section.file, field: `counterparts.${index}`, message });
    });
    section.data.metrics.forEach((metric, index) => checkCatalogue(section.file, `metrics.${index}`, metric.catalogue, metric.unit));
    const topicFailed = failed?.helpTopics === true || (failed?.helpTopics ?? []).includes(section.data.help);
    if (!content.helpTopics.includes(section.data.help) && !topicFailed) {
      problems.push({ file: section.file, field: 'help', message: `No help text for topic "${section.data.help}" in content/help/topics.yaml.` });
    }
    const young = readabilityProblem(youngPeopleText(section.data.youngPeople));
    if (young) problems.push({ file: section.file, field: 'youngPeople', message: young });
    checkYoungText(section.file, 'youngPeople.summary', section.data.youngPeople.summary, MAX_YOUNG.summary, problems);
    checkYoungText(section.file, 'youngPeople.forYou', section.data.youngPeople.forYou, MAX_YOUNG.forYou, problems);
    section.data.youngPeople.points.forEach((point, index) => checkYoungText(section.file, `youngPeople.points.${index}`, point, MAX_YOUNG.point, problems));
    checkFigures(section.file, section.data, pageCounts.get(reportId), problems);
    // Links to other websites in the body are checked by the renderer (src/lib/mdx/render.ts, with
    // checkExternalUrl), which the check and the build both run and which knows each link's line.
    const hidden = section.body.split('\n').findIndex((line) => HIDDEN_CHARACTERS.test(line));
    if (hidden >= 0) {
      problems.push({
        file: section.file,
        message: `The text after the frontmatter holds invisible characters that hide or reorder text (first on its line ${hidden + 1}): retype that text, or paste it as plain text.`,
      });
    }
    // Scripts, handlers and any other code or raw HTML in a body are refused by the renderer
    // (src/lib/mdx/render.ts), which the check and the build both run.
    for (const match of section.body.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g)) {
      const path = match[1]!;
      if (!paths.has(path)) {
        problems.push({
          file: section.file,
          message: `Broken link to ${path}: no page has that address. Check the slug and the trailing slash.`,
        });
      }
    }
    checkAbbreviations(section.file, `${JSON.stringify(section.data)}\n${section.body}`);
    checkPrompts(section.file, reportId, `${JSON.stringify(section.data)}\n${section.body}`);
  }

  problems.push(...validateEditions(content));
  for (const edition of content.youngPeople ?? []) {
    checkAbbreviations(edition.file, JSON.stringify(edition.data));
    checkPrompts(edition.file, edition.id, JSON.stringify(edition.data));
  }

  const terms = new Map<string, string>();
  for (const entry of content.glossary) {
    const other = terms.get(entry.data.term);
    if (other) {
      problems.push({ file: entry.file, field: 'term', message: `The term "${entry.data.term}" is also defined in ${other}: keep one.` });
    }
    terms.set(entry.data.term, entry.file);
    const { term: _term, variants: _variants, ...text } = entry.data;
    checkAbbreviations(entry.file, JSON.stringify(text));
  }

  for (const [topic, contacts] of Object.entries(content.helpTopicContacts)) {
    for (const contact of contacts) {
      const contactFailed = failed?.helpContacts === true || (failed?.helpContacts ?? []).includes(contact);
      if (!content.helpContacts.includes(contact) && !contactFailed) {
        problems.push({ file: 'content/help/topics.yaml', field: `${topic}.contacts`, message: `Unknown contact "${contact}": use an id from content/help/contacts.yaml.` });
      }
    }
  }

  return problems;
}

/** How many themes each kind of report's young people's edition has. */
export const EDITION_THEMES: Record<string, { min: number; max: number }> = {
  'annual-report': { min: 5, max: 8 },
  'partnership-plan': { min: 3, max: 6 },
  'practice-review': { min: 3, max: 6 },
};
/** Most words in an edition's own text, so that its page (with the help around it) stays about 1,800 words. */
export const MAX_EDITION_WORDS = 1500;

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The rules for young people's editions that need their report: theme count by kind, section slugs, readability, length. */
export function validateEditions(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const reports = new Map(content.reports.map((entry) => [entry.id, entry]));
  for (const edition of content.youngPeople ?? []) {
    const report = reports.get(edition.id);
    if (!report) {
      problems.push({
        file: edition.file,
        message: `This young people's edition has no report: add content/reports/${edition.id}/report.yaml or move the file into a report's folder.`,
      });
      continue;
    }
    const { data } = edition;
    const range = EDITION_THEMES[report.data.kind] ?? { min: 3, max: 8 };
    if (data.themes.length < range.min || data.themes.length > range.max) {
      problems.push({
        file: edition.file,
        field: 'themes',
        message: `This ${report.data.kind.replace('-', ' ')} edition has ${data.themes.length} themes; it needs ${range.min} to ${range.max}. ${data.themes.length < range.min ? 'Add a theme' : 'Join themes that overlap'}.`,
      });
    }
    const slugs = new Set(content.sections.filter((section) => section.id.startsWith(`${edition.id}/`)).map((section) => section.id.split('/')[2]!));
    const measure = (field: string, text: string) => {
      const problem = readabilityProblem(text);
      if (problem) problems.push({ file: edition.file, field, message: `${problem} Rewrite this field.` });
    };
    measure('intro', data.intro);
    if (data.warning) measure('warning', data.warning);
    data.themes.forEach((theme, index) => {
      theme.sections.forEach((slug, at) => {
        if (!slugs.has(slug)) {
          problems.push({
            file: edition.file,
            field: `themes.${index}.sections.${at}`,
            message: `No section "${slug}" in this report. Use the file name (without .mdx) of a section in content/reports/${edition.id}/.`,
          });
        }
      });
      measure(`themes.${index}.happened`, proseOf(theme.happened));
      measure(`themes.${index}.forYou`, theme.forYou);
      if (theme.poster) measure(`themes.${index}.poster`, theme.poster);
      if (theme.numbers.length) measure(`themes.${index}.numbers`, proseOf(theme.numbers.map((number) => number.text)));
      if (countWords(theme.title) > 8) {
        problems.push({ file: edition.file, field: `themes.${index}.title`, message: 'Keep a theme title to 8 words or fewer: it is read in the contents list.' });
      }
    });
    const words = countWords(
      [data.intro, data.warning ?? '', ...data.themes.flatMap((theme) => [theme.title, ...theme.happened, ...theme.numbers.map((number) => number.text), theme.forYou])].join(' '),
    );
    if (words > MAX_EDITION_WORDS) {
      problems.push({
        file: edition.file,
        message: `The edition has ${words} words; keep it to ${MAX_EDITION_WORDS} or fewer so the page stays short on a phone. Cut sentences, or a theme.`,
      });
    }
  }
  return problems;
}

/** Formats problems as one readable block, grouped by file. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const problem of list) lines.push(`  - ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
  }
  return lines.join('\n');
}
