// One reader for section files, shared by the build's content loader and `npm run check:content`:
// the same discovery (which files are sections, which are mistakes), the same reading (encoding,
// byte-order mark, unreadable files) and the same frontmatter split. Every file error is a content
// error naming the file; nothing is skipped silently and nothing crashes.
import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { yamlErrorMessage } from '../../schemas/messages';

/** A problem with one file, before its content is even read as a section. */
export interface FileProblem {
  file: string;
  line?: number;
  message: string;
}

/** Files a report folder may hold besides its sections (`*.mdx`). */
export const REPORT_FOLDER_FILES = ['report.yaml', 'young-people.yaml'];

/** A section file found on disk. */
export interface SectionFile {
  /** Absolute path. */
  path: string;
  /** `<partnership>/<report>/<section>`. */
  id: string;
}

/** Why a file named like this is a mistake, or undefined when the name is fine. */
export function nameProblem(name: string): string | undefined {
  if (name.startsWith('.#')) {
    return 'This is an editor\'s lock file (the section is open, or was left open, in an editor such as Emacs). Save and close the file in the editor, or delete the lock file.';
  }
  if (name.startsWith('.')) {
    return 'Names starting with a dot are hidden files and are never published. Rename the file without the dot, or delete it.';
  }
  if (name.endsWith('~') || /\.(swp|swo|tmp|bak|orig)$/i.test(name)) {
    return 'This looks like an editor\'s backup or temporary file. Delete it.';
  }
  return undefined;
}

function entries(folder: string, rel: (path: string) => string, problems: FileProblem[]): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  } catch (error) {
    problems.push({ file: rel(folder), message: `This folder cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check its permissions.` });
    return [];
  }
}

/**
 * Lists every section under `reportsDir` (`<partnership>/<report>/<section>.mdx`) and every file
 * there that should not be (hidden files, lock files, stray files), as problems.
 */
export function listSectionFiles(reportsDir: string, rel: (path: string) => string): { files: SectionFile[]; folders: SectionFile[]; problems: FileProblem[] } {
  const files: SectionFile[] = [];
  /** Report folders (`<partnership>/<report>`): where report.yaml and young-people.yaml are read. */
  const folders: SectionFile[] = [];
  const problems: FileProblem[] = [];
  for (const partnership of entries(reportsDir, rel, problems)) {
    const partnershipPath = join(reportsDir, partnership.name);
    const bad = nameProblem(partnership.name);
    if (bad) {
      problems.push({ file: rel(partnershipPath), message: bad });
      continue;
    }
    if (!partnership.isDirectory()) {
      problems.push({ file: rel(partnershipPath), message: 'content/reports/ holds one folder per partnership, not files. Move this file into a report folder, or delete it.' });
      continue;
    }
    for (const report of entries(partnershipPath, rel, problems)) {
      const reportPath = join(partnershipPath, report.name);
      const badReport = nameProblem(report.name);
      if (badReport) {
        problems.push({ file: rel(reportPath), message: badReport });
        continue;
      }
      if (!report.isDirectory()) {
        problems.push({ file: rel(reportPath), message: 'A partnership folder holds one folder per report, not files. Move this file into a report folder, or delete it.' });
        continue;
      }
      folders.push({ path: reportPath, id: `${partnership.name}/${report.name}` });
      for (const entry of entries(reportPath, rel, problems)) {
        const path = join(reportPath, entry.name);
        const badName = nameProblem(entry.name);
        if (badName) problems.push({ file: rel(path), message: badName });
        else if (entry.name.endsWith('.mdx') && !entry.isDirectory()) files.push({ path, id: `${partnership.name}/${report.name}/${entry.name.slice(0, -'.mdx'.length)}` });
        else if (!REPORT_FOLDER_FILES.includes(entry.name)) {
          problems.push({
            file: rel(path),
            message: `A report folder holds only ${REPORT_FOLDER_FILES.join(', ')} and sections ending in .mdx. ${entry.name.endsWith('.md') ? 'Rename this file to end in .mdx.' : 'Move this out of content/, or delete it.'}`,
          });
        }
      }
    }
  }
  return { files, folders, problems };
}

/** Thrown when a content file cannot be read as UTF-8 text. */
export class ContentFileError extends Error {}

/** Reads a content file as text. Throws ContentFileError, with a message for editors, when it cannot. */
export function readContentText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'the build is not allowed to read it. Check the file\'s permissions'
        : code === 'ENOENT'
          ? 'it does not exist (a broken link?). Restore the file or delete the link'
          : code === 'EISDIR'
            ? 'it is a folder. Rename it so it does not end in .mdx'
            : `of an error (${code ?? (error as Error).message}). Check the file`;
    throw new ContentFileError(`This file cannot be read because ${why}.`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new ContentFileError('This file starts with a byte-order mark (an invisible character some editors add). Save it as "UTF-8" without BOM.');
  }
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) {
    throw new ContentFileError('This file is not saved as UTF-8 text. Save it with the encoding "UTF-8".');
  }
  return text;
}

/** Splits an MDX file into its YAML frontmatter and its body, and says on which line the body starts. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!match) return { frontmatter: '', body: source, bodyLine: 1 };
  const head = source.slice(0, source.length - match[2]!.length);
  return { frontmatter: match[1]!, body: match[2]!, bodyLine: head.split('\n').length };
}

/**
 * Parses YAML the one way both the check and the build do. Throws the site's message: the line in
 * the file (`lineOffset` lines come before the YAML), the whole reason, a fix and the line itself.
 */
export function parseYaml(text: string, lineOffset = 0): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new ContentFileError(yamlErrorMessage(error, text, lineOffset).message);
  }
}

/** Re-exported so callers do not depend on node:path for this. */
export const relativeTo = (root: string) => (path: string) => relative(root, path);
