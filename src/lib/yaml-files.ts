// One reader for the YAML content files (partnerships, reports, young people's editions, metrics,
// glossary, help), shared by the build's content loaders (src/lib/yaml-loader.ts) and `npm run
// check:content` (scripts/lib/content-files.ts): the same discovery, the same reading and parser
// (src/lib/mdx/files.ts), the same schema messages. So the two can never disagree about a file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { siteErrorMap } from '../schemas/messages';
import { nameProblem, parseYaml, readContentText, type FileProblem } from './mdx/files';

/** A problem in one content file: the file, the field (or line) and what to do. */
export interface EntryProblem {
  file: string;
  field?: string;
  message: string;
}

/** One YAML file found in a folder of one-entry-per-file content. */
export interface YamlFile {
  path: string;
  id: string;
}

/**
 * Lists the `*.yaml` files of a folder such as `content/glossary/`: one entry each, named by the file.
 * Hidden files, editors' lock and backup files, `.yml` files and anything else are problems, never
 * skipped in silence. A missing folder holds nothing.
 */
export function listYamlFolder(folder: string, rel: (path: string) => string): { files: YamlFile[]; problems: FileProblem[] } {
  const files: YamlFile[] = [];
  const problems: FileProblem[] = [];
  if (!existsSync(folder)) return { files, problems };
  let names: { name: string; isDirectory: () => boolean }[];
  try {
    names = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  } catch (error) {
    problems.push({ file: rel(folder), message: `This folder cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check its permissions.` });
    return { files, problems };
  }
  for (const entry of names) {
    const path = join(folder, entry.name);
    const bad = nameProblem(entry.name);
    if (bad) problems.push({ file: rel(path), message: bad });
    else if (entry.name.endsWith('.yaml') && !entry.isDirectory()) files.push({ path, id: entry.name.slice(0, -'.yaml'.length) });
    else if (entry.name.endsWith('.yml')) problems.push({ file: rel(path), message: 'Content files end in .yaml, not .yml: rename the file.' });
    else problems.push({ file: rel(path), message: 'This folder holds only .yaml files, one entry each. Move this out of content/, or delete it.' });
  }
  return { files, problems };
}

/** Reads and parses one YAML file; a file that cannot be read or parsed is one problem, never a crash. */
export function readYamlFile(path: string, file: string): { data?: unknown; problems: EntryProblem[] } {
  try {
    return { data: parseYaml(readContentText(path)), problems: [] };
  } catch (error) {
    return { problems: [{ file, message: (error as Error).message }] };
  }
}

/** Checks one entry against its schema with the site's messages: the parsed data, or one problem per failing field. */
export function checkEntry<T>(file: string, data: unknown, schema: ZodType<T, ZodTypeDef, unknown>, prefix: (string | number)[] = []): { data?: T; problems: EntryProblem[] } {
  const result = schema.safeParse(data, { errorMap: siteErrorMap });
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({ file, field: [...prefix, ...issue.path].join('.') || undefined, message: issue.message })),
  };
}

/** How a file of many entries is laid out: a list of entries each with an `id:`, or a map of id to entry. */
export type EntriesShape = 'list' | 'map';

/**
 * The entries of a many-entry file (`content/help/*.yaml`), with their ids. A file of the wrong
 * shape, or a list entry without an `id:`, is a problem naming what to write.
 */
export function entriesOf(
  file: string,
  data: unknown,
  shape: EntriesShape,
): { entries: { id: string; index: number; data: unknown }[]; problems: EntryProblem[]; wrongShape?: true } {
  if (data === null || data === undefined) return { entries: [], problems: [] };
  if (shape === 'list') {
    if (!Array.isArray(data)) {
      return { entries: [], wrongShape: true, problems: [{ file, message: 'This file should be a list: start each entry with "- id: " at the left margin.' }] };
    }
    const entries: { id: string; index: number; data: unknown }[] = [];
    const problems: EntryProblem[] = [];
    data.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && entries.some((entry) => entry.id === id)) {
        problems.push({ file, field: `${index}.id`, message: `Another entry in this file already has the id "${id}": give each entry its own.` });
      } else if (typeof id === 'string' && id !== '') entries.push({ id, index, data: item });
      else problems.push({ file, field: `${index}.id`, message: 'Missing: add `id:` with a short slug for the entry, e.g. `childline`.' });
    });
    return { entries, problems };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { entries: [], wrongShape: true, problems: [{ file, message: 'This file should be a list of named entries: each starts with its id and a colon ("general:") at the left margin, its fields indented below.' }] };
  }
  return { entries: Object.entries(data).map(([id, value], index) => ({ id, index, data: value })), problems: [] };
}
