// Reads `content/` straight from disk (no Astro), validates each file against its schema and then
// runs the cross-file rules. Used by `npm run check:content` and by the tests' fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { CatalogueSchema } from '../../src/schemas/catalogue';
import { GlossarySchema } from '../../src/schemas/glossary';
import { HelpContactSchema, HelpTopicEntrySchema } from '../../src/schemas/help';
import { PartnershipSchema } from '../../src/schemas/partnership';
import { ReportSchema } from '../../src/schemas/report';
import { SectionSchema } from '../../src/schemas/section';
import { siteErrorMap, readErrorMessage, yamlErrorMessage } from '../../src/schemas/messages';
import { validateContent, type ContentSet, type Problem } from '../../src/lib/validate';

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : { frontmatter: '', body: source };
}

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

  function readText(path: string): string | typeof UNREADABLE {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      problems.push({ file: rel(path), message: readErrorMessage(error) });
      return UNREADABLE;
    }
  }

  function parseYaml(path: string, text: string, lineOffset = 0): unknown {
    try {
      return parse(text);
    } catch (error) {
      problems.push({ file: rel(path), message: yamlErrorMessage(error, text, lineOffset).message });
      return UNREADABLE;
    }
  }

  function readYaml(path: string): unknown {
    fileCount += 1;
    const text = readText(path);
    return text === UNREADABLE ? UNREADABLE : parseYaml(path, text);
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
      const folder = join(contentDir, 'reports', partnership, report);
      const reportPath = join(folder, 'report.yaml');
      if (existsSync(reportPath)) {
        const data = check(reportPath, readYaml(reportPath), ReportSchema);
        if (data) content.reports.push({ id: `${partnership}/${report}`, file: rel(reportPath), data });
        else failed.reports.push(`${partnership}/${report}`);
      }
      for (const name of list(folder, '.mdx')) {
        const path = join(folder, name);
        fileCount += 1;
        const id = `${partnership}/${report}/${name.replace(/\.mdx$/, '')}`;
        const text = readText(path);
        const { frontmatter, body } = splitFrontmatter(text === UNREADABLE ? '' : text);
        // The frontmatter starts on the line after the opening `---`.
        const raw = text === UNREADABLE ? UNREADABLE : parseYaml(path, frontmatter, 1);
        const data = check(path, raw, SectionSchema);
        if (data) content.sections.push({ id, file: rel(path), data, body });
        else failed.sections.push(id);
      }
    }
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

  problems.push(...validateContent(content));
  return { problems, fileCount, content };
}
