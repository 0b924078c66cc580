// Reads `content/` straight from disk (no Astro), validates each file against its schema and then
// runs the cross-file rules. Used by `npm run check:content` and by the tests' fixtures.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { CatalogueSchema } from '../../src/schemas/catalogue';
import { GlossarySchema } from '../../src/schemas/glossary';
import { HelpContactSchema, HelpTopicEntrySchema, PopularTopicSchema, RiskPhraseGroupSchema, SearchWordSchema } from '../../src/schemas/help';
import { PartnershipSchema } from '../../src/schemas/partnership';
import { ReportSchema } from '../../src/schemas/report';
import { SectionSchema } from '../../src/schemas/section';
import { YoungPeopleEditionSchema } from '../../src/schemas/young-people-edition';
import { validateContent, type ContentSet, type Problem } from '../../src/lib/validate';
import { listSectionFiles, parseYaml, readContentText, splitFrontmatter } from '../../src/lib/mdx/files';
import { checkEntry, entriesOf, listYamlFolder, readYamlFile, type EntriesShape } from '../../src/lib/yaml-files';
import { renderSectionBody } from '../../src/lib/mdx/render';
import { numberFigureNotes } from '../../src/lib/notes';

export { splitFrontmatter };

/** Loads and checks every content file under `<root>/content`. */
export function loadContentFiles(root: string): { problems: Problem[]; fileCount: number; content: ContentSet } {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  let fileCount = 0;
  const rel = (path: string) => relative(root, path);
  const UNREADABLE = Symbol('unreadable');

  /**
   * Reads, parses and checks one YAML file with the build's own reader and messages
   * (src/lib/yaml-files.ts). A file that cannot be read or parsed is reported once and never
   * schema-checked, so it raises no cascade of false problems.
   */
  function readYaml(path: string): unknown {
    fileCount += 1;
    const read = readYamlFile(path, rel(path));
    problems.push(...read.problems);
    return read.problems.length > 0 ? UNREADABLE : read.data;
  }

  function check<T>(path: string, data: unknown, schema: ZodType<T, ZodTypeDef, unknown>, prefix: (string | number)[] = []): T | undefined {
    if (data === UNREADABLE) return undefined;
    const checked = checkEntry(rel(path), data, schema, prefix);
    problems.push(...checked.problems);
    return checked.data;
  }

  /** One entry per `*.yaml` file of a folder, as the build's yamlFolderLoader reads them. */
  function folder<T>(name: string, schema: ZodType<T, ZodTypeDef, unknown>, into: { id: string; file: string; data: T }[], failedIds: string[]) {
    const listing = listYamlFolder(join(contentDir, name), rel);
    for (const problem of listing.problems) problems.push({ file: problem.file, message: problem.message });
    for (const { path, id } of listing.files) {
      const data = check(path, readYaml(path), schema);
      if (data) into.push({ id, file: rel(path), data });
      else failedIds.push(id);
    }
  }

  /** The entries of a many-entry help file, as the build's yamlEntriesLoader reads them; undefined when the file cannot be read. */
  function entries<T>(path: string, shape: EntriesShape, schema: ZodType<T, ZodTypeDef, unknown>): { ok: { id: string; data: T }[]; failed: string[] } | undefined {
    const raw = readYaml(path);
    if (raw === UNREADABLE) return undefined;
    const found = entriesOf(rel(path), raw, shape);
    problems.push(...found.problems);
    if (found.wrongShape) return undefined; // reported once: none of its entries is "missing" elsewhere
    const ok: { id: string; data: T }[] = [];
    const failedIds: string[] = [];
    for (const entry of found.entries) {
      const data = check(path, entry.data, schema, [shape === 'list' ? entry.index : entry.id]);
      if (data) ok.push({ id: entry.id, data });
      else failedIds.push(entry.id);
    }
    return { ok, failed: failedIds };
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
    youngPeople: [],
    failed: { partnerships: [], reports: [], sections: [], catalogue: [], glossary: [] },
  };
  const failed = content.failed!;

  folder('partnerships', PartnershipSchema, content.partnerships, failed.partnerships!);
  const sectionFiles = listSectionFiles(join(contentDir, 'reports'), rel);
  for (const { path: reportFolder, id } of sectionFiles.folders) {
    const reportPath = join(reportFolder, 'report.yaml');
    if (existsSync(reportPath)) {
      const data = check(reportPath, readYaml(reportPath), ReportSchema);
      if (data) content.reports.push({ id, file: rel(reportPath), data });
      else failed.reports!.push(id);
    }
    const editionPath = join(reportFolder, 'young-people.yaml');
    if (existsSync(editionPath)) {
      const data = check(editionPath, readYaml(editionPath), YoungPeopleEditionSchema);
      if (data) content.youngPeople!.push({ id, file: rel(editionPath), data });
    }
  }
  // Sections: the very reader, parser and renderer the build's content loader uses (src/lib/mdx/).
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
  folder('metrics', CatalogueSchema, content.catalogue, failed.catalogue!);
  folder('glossary', GlossarySchema, content.glossary, failed.glossary!);

  const contacts = entries(join(contentDir, 'help', 'contacts.yaml'), 'list', HelpContactSchema);
  content.helpContacts.push(...(contacts?.ok.map((entry) => entry.id) ?? []));
  failed.helpContacts = contacts ? contacts.failed : true;
  const topics = entries(join(contentDir, 'help', 'topics.yaml'), 'map', HelpTopicEntrySchema);
  for (const { id, data } of topics?.ok ?? []) {
    content.helpTopics.push(id);
    content.helpTopicContacts[id] = data.contacts;
  }
  failed.helpTopics = topics ? topics.failed : true;

  // Search words and the most-read topics (optional files: a content folder without them has none).
  for (const [name, schema] of [
    ['risk-phrases', RiskPhraseGroupSchema],
    ['search-words', SearchWordSchema],
  ] as const) {
    const path = join(contentDir, 'help', `${name}.yaml`);
    if (existsSync(path)) entries(path, 'map', schema as ZodType<unknown, ZodTypeDef, unknown>);
  }
  const popularPath = join(contentDir, 'help', 'popular-topics.yaml');
  if (existsSync(popularPath)) {
    (entries(popularPath, 'list', PopularTopicSchema)?.ok ?? []).forEach(({ data }, index) => {
      // A section that failed its own schema was reported once already: not "missing" here too.
      if (!content.sections.some((section) => section.id === data.section) && !failed.sections!.includes(data.section)) {
        problems.push({ file: rel(popularPath), field: `${index}.section`, message: `No section "${data.section}": give partnership/report/section of a section that exists.` });
      }
    });
  }

  problems.push(...validateContent(content));
  return { problems, fileCount, content };
}
