// Reads `content/` straight from disk (no Astro), validates each file against its schema and then
// runs the cross-file rules. Used by `npm run check:content` and by the tests' fixtures.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { CatalogueSchema } from '../../src/schemas/catalogue';
import { GlossarySchema } from '../../src/schemas/glossary';
import { HelpContactSchema, HelpTopicEntrySchema, PopularTopicSchema, RiskPhraseGroupSchema, SearchWordSchema } from '../../src/schemas/help';
import { PartnershipSchema } from '../../src/schemas/partnership';
import { ReportSchema } from '../../src/schemas/report';
import { SectionSchema } from '../../src/schemas/section';
import { siteErrorMap } from '../../src/schemas/messages';
import { validateContent, type ContentSet, type Problem } from '../../src/lib/validate';
import { listSectionFiles, parseYaml, readContentText, splitFrontmatter } from '../../src/lib/mdx/files';
import { renderSectionBody } from '../../src/lib/mdx/render';
import { numberFigureNotes } from '../../src/lib/notes';

export { splitFrontmatter };

function list(folder: string, suffix: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .sort();
}

function dirs(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Loads and checks every content file under `<root>/content`. */
export function loadContentFiles(root: string): { problems: Problem[]; fileCount: number; content: ContentSet } {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  let fileCount = 0;
  const rel = (path: string) => relative(root, path);

  /** A file that cannot be read or parsed: reported once, never schema-checked (so no cascade of false problems). */
  const UNREADABLE = Symbol('unreadable');

  function check<T>(path: string, data: unknown, schema: ZodType<T, ZodTypeDef, unknown>): T | undefined {
    if (data === UNREADABLE) return undefined;
    const result = schema.safeParse(data, { errorMap: siteErrorMap });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({ file: rel(path), field: issue.path.join('.') || undefined, message: issue.message });
    }
    return undefined;
  }

  /** Reads and parses a YAML file with the same reader and parser as sections (src/lib/mdx/files.ts). */
  function readYaml(path: string): unknown {
    fileCount += 1;
    try {
      return parseYaml(readContentText(path));
    } catch (error) {
      problems.push({ file: rel(path), message: (error as Error).message });
      return UNREADABLE;
    }
  }

  const content: ContentSet = {
    partnerships: [],
    reports: [],
    sections: [],
    catalogue: [],
    glossary: [],
    helpTopics: [],
    helpContacts: [],
    helpTopicContacts: {},
    failed: { partnerships: [], reports: [], sections: [], catalogue: [], glossary: [] },
  };
  const failed = content.failed!;

  for (const name of list(join(contentDir, 'partnerships'), '.yaml')) {
    const path = join(contentDir, 'partnerships', name);
    const data = check(path, readYaml(path), PartnershipSchema);
    if (data) content.partnerships.push({ id: name.replace(/\.yaml$/, ''), file: rel(path), data });
    else failed.partnerships.push(name.replace(/\.yaml$/, ''));
  }
  for (const partnership of dirs(join(contentDir, 'reports'))) {
    for (const report of dirs(join(contentDir, 'reports', partnership))) {
      const reportPath = join(contentDir, 'reports', partnership, report, 'report.yaml');
      if (existsSync(reportPath)) {
        const data = check(reportPath, readYaml(reportPath), ReportSchema);
        if (data) content.reports.push({ id: `${partnership}/${report}`, file: rel(reportPath), data });
        else failed.reports.push(`${partnership}/${report}`);
      }
    }
  }
  // Sections: the very reader, parser and renderer the build's content loader uses (src/lib/mdx/).
  const sectionFiles = listSectionFiles(join(contentDir, 'reports'), rel);
  for (const problem of sectionFiles.problems) problems.push({ file: problem.file, field: problem.line ? `line ${problem.line}` : undefined, message: problem.message });
  for (const { path, id } of sectionFiles.files) {
    fileCount += 1;
    const file = rel(path);
    let text: string;
    let raw: unknown;
    try {
      text = readContentText(path);
      raw = parseYaml(splitFrontmatter(text).frontmatter, 1);
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
      failed.sections.push(id);
      continue;
    }
    const { body, bodyLine } = splitFrontmatter(text);
    const data = check(path, raw, SectionSchema);
    if (!data) {
      failed.sections.push(id);
      continue;
    }
    const rendered = renderSectionBody(body, {
      file,
      frontmatter: data as unknown as Record<string, unknown>,
      firstNote: numberFigureNotes(data).notes.length + 1,
      contentDir,
      bodyLine,
    });
    for (const problem of rendered.problems) problems.push({ file, field: problem.line ? `line ${problem.line}` : undefined, message: problem.message });
    // Still listed when its body has problems, so links to it are not reported as broken as well.
    content.sections.push({ id, file, data, body });
  }
  for (const name of list(join(contentDir, 'metrics'), '.yaml')) {
    const path = join(contentDir, 'metrics', name);
    const data = check(path, readYaml(path), CatalogueSchema);
    if (data) content.catalogue.push({ id: name.replace(/\.yaml$/, ''), file: rel(path), data });
    else failed.catalogue.push(name.replace(/\.yaml$/, ''));
  }
  for (const name of list(join(contentDir, 'glossary'), '.yaml')) {
    const path = join(contentDir, 'glossary', name);
    const data = check(path, readYaml(path), GlossarySchema);
    if (data) content.glossary.push({ id: name.replace(/\.yaml$/, ''), file: rel(path), data });
    else failed.glossary.push(name.replace(/\.yaml$/, ''));
  }
  const contactsPath = join(contentDir, 'help', 'contacts.yaml');
  const contactsYaml = readYaml(contactsPath);
  if (contactsYaml === UNREADABLE) failed.helpContacts = true;
  const contacts = (contactsYaml === UNREADABLE ? [] : (contactsYaml ?? [])) as { id?: string }[];
  const failedContacts: string[] = [];
  contacts.forEach((contact, index) => {
    if (check(contactsPath, contact, HelpContactSchema) && contact.id) content.helpContacts.push(contact.id);
    else if (!contact.id) problems.push({ file: rel(contactsPath), field: `${index}.id`, message: 'Missing: add `id:` with a short slug for the contact, e.g. `childline`.' });
    else failedContacts.push(contact.id);
  });
  if (failed.helpContacts !== true) failed.helpContacts = failedContacts;
  const topicsPath = join(contentDir, 'help', 'topics.yaml');
  const topicsYaml = readYaml(topicsPath);
  const topics = (topicsYaml === UNREADABLE ? {} : (topicsYaml ?? {})) as Record<string, unknown>;
  const failedTopics: string[] = [];
  for (const [id, topic] of Object.entries(topics)) {
    const data = check(topicsPath, topic, HelpTopicEntrySchema);
    if (data) {
      content.helpTopics.push(id);
      content.helpTopicContacts[id] = data.contacts;
    } else failedTopics.push(id);
  }
  failed.helpTopics = topicsYaml === UNREADABLE ? true : failedTopics;

  // Search words and the most-read topics (optional files: a content folder without them has none).
  for (const [name, schema] of [['risk-phrases', RiskPhraseGroupSchema], ['search-words', SearchWordSchema]] as const) {
    const path = join(contentDir, 'help', `${name}.yaml`);
    if (!existsSync(path)) continue;
    for (const entry of Object.values((readYaml(path) ?? {}) as Record<string, unknown>)) check(path, entry, schema);
  }
  const popularPath = join(contentDir, 'help', 'popular-topics.yaml');
  if (existsSync(popularPath)) {
    ((readYaml(popularPath) ?? []) as { section?: string }[]).forEach((topic, index) => {
      const data = check(popularPath, topic, PopularTopicSchema);
      // A section that failed its own schema was reported once already: not "missing" here too.
      if (data && !content.sections.some((section) => section.id === data.section) && !failed.sections.includes(data.section)) {
        problems.push({ file: rel(popularPath), field: `${index}.section`, message: `No section "${data.section}": give partnership/report/section of a section that exists.` });
      }
    });
  }

  problems.push(...validateContent(content));
  return { problems, fileCount, content };
}
