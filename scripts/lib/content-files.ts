// Reads `content/` straight from disk (no Astro), validates each file against its schema and then
// runs the cross-file rules. Used by `npm run check:content` and by the tests' fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { CatalogueSchema } from '../../src/schemas/catalogue';
import { GlossarySchema } from '../../src/schemas/glossary';
import { HelpContactSchema, HelpTopicEntrySchema, PopularTopicSchema, RiskPhraseGroupSchema, SearchWordSchema } from '../../src/schemas/help';
import { PartnershipSchema } from '../../src/schemas/partnership';
import { ReportSchema } from '../../src/schemas/report';
import { SectionSchema } from '../../src/schemas/section';
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

  function check<T>(path: string, data: unknown, schema: ZodType<T, ZodTypeDef, unknown>): T | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        file: rel(path),
        field: issue.path.join('.') || undefined,
        message: issue.code === 'invalid_type' && issue.received === 'undefined' ? 'Required: this field is missing.' : issue.message,
      });
    }
    return undefined;
  }

  function readYaml(path: string): unknown {
    fileCount += 1;
    try {
      return parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file: rel(path), message: `This is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
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
  };

  for (const name of list(join(contentDir, 'partnerships'), '.yaml')) {
    const path = join(contentDir, 'partnerships', name);
    const data = check(path, readYaml(path), PartnershipSchema);
    if (data) content.partnerships.push({ id: name.replace(/\.yaml$/, ''), file: rel(path), data });
  }
  for (const partnership of dirs(join(contentDir, 'reports'))) {
    for (const report of dirs(join(contentDir, 'reports', partnership))) {
      const folder = join(contentDir, 'reports', partnership, report);
      const reportPath = join(folder, 'report.yaml');
      if (existsSync(reportPath)) {
        const data = check(reportPath, readYaml(reportPath), ReportSchema);
        if (data) content.reports.push({ id: `${partnership}/${report}`, file: rel(reportPath), data });
      }
      for (const name of list(folder, '.mdx')) {
        const path = join(folder, name);
        fileCount += 1;
        const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
        let raw: unknown;
        try {
          raw = parse(frontmatter);
        } catch (error) {
          problems.push({ file: rel(path), message: `The frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
          continue;
        }
        const data = check(path, raw, SectionSchema);
        if (data) content.sections.push({ id: `${partnership}/${report}/${name.replace(/\.mdx$/, '')}`, file: rel(path), data, body });
      }
    }
  }
  for (const name of list(join(contentDir, 'metrics'), '.yaml')) {
    const path = join(contentDir, 'metrics', name);
    const data = check(path, readYaml(path), CatalogueSchema);
    if (data) content.catalogue.push({ id: name.replace(/\.yaml$/, ''), file: rel(path), data });
  }
  for (const name of list(join(contentDir, 'glossary'), '.yaml')) {
    const path = join(contentDir, 'glossary', name);
    const data = check(path, readYaml(path), GlossarySchema);
    if (data) content.glossary.push({ id: name.replace(/\.yaml$/, ''), file: rel(path), data });
  }
  const contactsPath = join(contentDir, 'help', 'contacts.yaml');
  const contacts = (readYaml(contactsPath) ?? []) as { id?: string }[];
  contacts.forEach((contact, index) => {
    if (check(contactsPath, contact, HelpContactSchema) && contact.id) content.helpContacts.push(contact.id);
    else if (!contact.id) problems.push({ file: rel(contactsPath), field: `${index}.id`, message: 'Required: each contact needs an id.' });
  });
  const topicsPath = join(contentDir, 'help', 'topics.yaml');
  const topics = (readYaml(topicsPath) ?? {}) as Record<string, unknown>;
  for (const [id, topic] of Object.entries(topics)) {
    const data = check(topicsPath, topic, HelpTopicEntrySchema);
    if (data) {
      content.helpTopics.push(id);
      content.helpTopicContacts[id] = data.contacts;
    }
  }

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
      if (data && !content.sections.some((section) => section.id === data.section)) {
        problems.push({ file: rel(popularPath), field: `${index}.section`, message: `No section "${data.section}": give partnership/report/section of a section that exists.` });
      }
    });
  }

  problems.push(...validateContent(content));
  return { problems, fileCount, content };
}
