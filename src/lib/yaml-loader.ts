// Content loaders for the YAML collections. Not Astro's glob() and file() loaders: those read and
// parse YAML their own way, so a syntax error or a stray file read differently in the build from
// `npm run check:content`. These use the check's own reader, parser and schema messages
// (src/lib/yaml-files.ts), list every problem in every file, and fail the build with that list.
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSectionFiles } from './mdx/files';
import { formatProblems } from './validate';
import { checkEntry, entriesOf, listYamlFolder, readYamlFile, type EntriesShape, type EntryProblem } from './yaml-files';

type Schema = ZodType<unknown, ZodTypeDef, unknown>;

/** What one pass over the files found: entries ready to store, and problems. */
interface Collected {
  entries: { id: string; data: unknown; file: string; text: string }[];
  problems: EntryProblem[];
  /** Files and folders to watch in `astro dev`. */
  watch: string[];
}

/** Throws the site's problem list, as the section loader and the content check print it. */
export function throwProblems(problems: EntryProblem[]): void {
  if (problems.length === 0) return;
  const error = new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
  error.stack = error.message; // the editor needs the list, not where in the loader it was found
  throw error;
}

function yamlLoader(name: string, collect: (root: string, rel: (path: string) => string) => Collected): Loader {
  return {
    name,
    load: async ({ store, generateDigest, config, logger, watcher }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const rel = (path: string) => relative(root, path).split('\\').join('/');
      const sync = () => {
        const { entries, problems, watch } = collect(root, rel);
        throwProblems(problems);
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { id, data, file, text } of entries) {
          store.set({ id, data: data as Record<string, unknown>, filePath: file, digest: generateDigest(`${id}\n${text}`) });
        }
        return watch;
      };
      const watched = sync();
      if (!watcher) return;
      for (const path of watched) watcher.add(path);
      const onChange = (changed: string) => {
        if (!watched.some((path) => changed.startsWith(path))) return;
        try {
          sync();
          logger.info(`Reloaded after a change to ${rel(changed)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/** Reads and checks a file that holds one entry, adding the entry or its problems to `collected`. */
function readOneEntryFile(collected: Collected, id: string, filePath: string, file: string, schema: Schema): void {
  const read = readYamlFile(filePath, file);
  collected.problems.push(...read.problems);
  if (read.problems.length > 0) return;
  const checked = checkEntry(file, read.data, schema);
  collected.problems.push(...checked.problems);
  if (checked.problems.length === 0) collected.entries.push({ id, data: checked.data, file, text: JSON.stringify(read.data) });
}

/** One entry per `*.yaml` file in a folder (partnerships, metrics, glossary), named by the file. */
export function yamlFolderLoader({ folder, schema }: { folder: string; schema: Schema }): Loader {
  return yamlLoader('yaml-folder-loader', (root, rel) => {
    const path = resolve(root, folder);
    const listing = listYamlFolder(path, rel);
    const collected: Collected = { entries: [], problems: listing.problems.map(({ file, message }) => ({ file, message })), watch: [path] };
    for (const { path: filePath, id } of listing.files) readOneEntryFile(collected, id, filePath, rel(filePath), schema);
    return collected;
  });
}

/**
 * One entry per report folder that holds `name` (`report.yaml`, `young-people.yaml`), named
 * `<partnership>/<report>`. Problems with the folders themselves are the section loader's to report.
 */
export function reportFileLoader({ reportsDir, name, schema }: { reportsDir: string; name: string; schema: Schema }): Loader {
  return yamlLoader('report-file-loader', (root, rel) => {
    const base = resolve(root, reportsDir);
    const collected: Collected = { entries: [], problems: [], watch: [base] };
    for (const { path: folder, id } of listSectionFiles(base, rel).folders) {
      const filePath = join(folder, name);
      if (existsSync(filePath)) readOneEntryFile(collected, id, filePath, rel(filePath), schema);
    }
    return collected;
  });
}

/** Many entries in one file (`content/help/*.yaml`): a list of entries with ids, or a map of id to entry. */
export function yamlEntriesLoader({ file: path, shape, schema, optional = false }: { file: string; shape: EntriesShape; schema: Schema; optional?: boolean }): Loader {
  return yamlLoader('yaml-entries-loader', (root, rel) => {
    const filePath = resolve(root, path);
    const file = rel(filePath);
    const collected: Collected = { entries: [], problems: [], watch: [filePath] };
    if (optional && !existsSync(filePath)) return collected;
    const read = readYamlFile(filePath, file);
    collected.problems.push(...read.problems);
    if (read.problems.length > 0) return collected;
    const { entries, problems } = entriesOf(file, read.data, shape);
    collected.problems.push(...problems);
    for (const entry of entries) {
      const checked = checkEntry(file, entry.data, schema, [shape === 'list' ? entry.index : entry.id]);
      collected.problems.push(...checked.problems);
      if (checked.problems.length === 0) collected.entries.push({ id: entry.id, data: checked.data, file, text: JSON.stringify(entry.data) });
    }
    return collected;
  });
}
