// Rules that span more than one content file. Shared by the build (src/lib/content.ts) and by
// `npm run check:content`, so both report exactly the same problems.
import type { CatalogueData } from '../schemas/catalogue';
import type { GlossaryData } from '../schemas/glossary';
import type { PartnershipData } from '../schemas/partnership';
import type { ReportData } from '../schemas/report';
import type { SectionData } from '../schemas/section';
import { readabilityProblem, youngPeopleText } from './readability';

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
];
/** Segments under a report that the site uses itself; no section may take them. */
export const RESERVED_SECTION_SLUGS = ['young-people', 'print', 'about-these-figures', 'data.csv', 'data.json'];
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
    for (const suffix of ['', 'young-people/', 'print/', 'about-these-figures/', 'data.csv', 'data.json']) paths.add(`/${report.id}/${suffix}`);
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

/** Checks every rule that spans files. Returns all problems found, not only the first. */
export function validateContent(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const partnerships = new Map(content.partnerships.map((entry) => [entry.id, entry]));
  const reports = new Map(content.reports.map((entry) => [entry.id, entry]));
  const catalogue = new Map(content.catalogue.map((entry) => [entry.id, entry]));
  const defined = glossaryForms(content.glossary);
  const paths = knownPaths(content);

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
    if (!partnerships.has(partnershipId!)) {
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
    report.data.headline.forEach((metric, index) => {
      checkCatalogue(report.file, `headline.${index}`, metric.catalogue, metric.unit);
    });
    checkAbbreviations(report.file, JSON.stringify(report.data));
  }

  function checkCatalogue(file: string, field: string, id: string | undefined, unit: string) {
    if (!id) return;
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
    if (!partnership) {
      problems.push({
        file: section.file,
        message: `This section is in the folder of partnership "${partnershipId}", which does not exist. Move it under content/reports/<partnership>/.`,
      });
    }
    if (!reports.has(reportId)) {
      problems.push({
        file: section.file,
        message: `This section's folder has no report.yaml: add content/reports/${reportId}/report.yaml or move the section.`,
      });
    }
    if (RESERVED_SECTION_SLUGS.includes(slug!)) {
      problems.push({ file: section.file, message: `"${slug}" is a page of every report: rename the section file.` });
    }
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
    if (!content.helpTopics.includes(section.data.help)) {
      problems.push({ file: section.file, field: 'help', message: `No help text for topic "${section.data.help}" in content/help/topics.yaml.` });
    }
    const young = readabilityProblem(youngPeopleText(section.data.youngPeople));
    if (young) problems.push({ file: section.file, field: 'youngPeople', message: young });
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
      if (!content.helpContacts.includes(contact)) {
        problems.push({ file: 'content/help/topics.yaml', field: `${topic}.contacts`, message: `Unknown contact "${contact}": use an id from content/help/contacts.yaml.` });
      }
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
