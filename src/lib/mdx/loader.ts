// The content loader for sections. Each `.mdx` is read (files.ts), its frontmatter parsed with the
// `yaml` package and checked against the schema with the site's messages (as the content check
// does), and its body rendered to HTML once (render.ts, on every core: render-pool.ts) and kept in
// Astro's content store as `rendered`, with its headings and notes. No section becomes a
// JavaScript module, and nothing in a section runs. Unchanged sections are reused from the store's
// cache (their digest covers the file, the renderer version and the glossary). Any problem in any
// file fails the build with every problem listed, exactly as `npm run check:content` lists them.
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, type Problem } from '../validate';
import { listSectionFiles, readContentText } from './files';
import { rendererDigest } from './render';
import { renderSections } from './render-pool';
import type { SectionJob } from './section-file';

export type { SectionMetadata } from './section-file';

/** The renderer's own source (this folder, the rehype plugins, the note numbering) and the schemas: a change re-renders every section. */
function codeDigest(root: string): string {
  const files = [
    // The schemas (and the period reader they use) shape each section's stored data: a change re-reads every section.
    ...['src/lib/mdx', 'src/schemas'].flatMap((folder) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)).sort().map((name) => join(folder, name)) : [])),
    ...(existsSync(join(root, 'src/lib')) ? readdirSync(join(root, 'src/lib')).filter((name) => name.startsWith('rehype-')).sort().map((name) => join('src/lib', name)) : []),
    'src/lib/notes.ts',
    'src/lib/period.ts',
  ];
  return files.map((file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '')).join('\n');
}

export function sectionLoader({ base }: { base: string }): Loader {
  return {
    name: 'section-loader',
    load: async ({ store, generateDigest, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const reportsDir = resolve(root, base);
      const contentDir = dirname(reportsDir);
      const rel = (path: string) => relative(root, path).split('\\').join('/');

      const sync = async () => {
        const { files, problems: fileProblems } = listSectionFiles(reportsDir, rel);
        const problems: Problem[] = fileProblems.map(({ file, line, message }) => ({ file, field: line ? `line ${line}` : undefined, message }));
        const extra = generateDigest(`${rendererDigest(contentDir)}\n${codeDigest(root)}`);
        const seen = new Set<string>();
        // Unchanged sections (same digest) are kept from the store; the rest are rendered on every core.
        const jobs: (SectionJob & { digest: string })[] = [];
        for (const { path, id } of files) {
          const file = rel(path);
          seen.add(id);
          try {
            const text = readContentText(path);
            const digest = generateDigest(`${extra}\n${text}`);
            const existing = store.get(id);
            if (existing && existing.digest === digest && existing.rendered) continue;
            jobs.push({ id, file, text, digest });
          } catch (error) {
            problems.push({ file, message: (error as Error).message });
            store.delete(id);
          }
        }
        const results = await renderSections(jobs, { contentDir, srcDir: fileURLToPath(config.srcDir), warn: (message) => logger.warn(message) });
        logger.info(`Rendered ${jobs.length} of ${files.length} sections; the rest were unchanged since the last build.`);
        results.forEach((result, index) => {
          const { id, file, digest } = jobs[index]!;
          if (!result.ok) {
            problems.push(...result.problems);
            store.delete(id);
            return;
          }
          store.set({ id, data: result.data, body: result.body, filePath: file, digest, rendered: { html: result.html, metadata: result.metadata as never } });
        });
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        if (problems.length > 0) {
          const error = new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
          error.stack = error.message; // the editor needs the list, not where in the loader it was found
          throw error;
        }
      };

      await sync();
      if (!watcher) return;
      watcher.add(reportsDir);
      const onChange = async (changed: string) => {
        if (!changed.startsWith(reportsDir)) return;
        try {
          await sync();
          logger.info(`Reloaded sections after a change to ${rel(changed)}`);
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
