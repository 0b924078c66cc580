// Explains each glossary abbreviation where it first appears in a section's text: the term links
// to its glossary entry, with its expansion in an <abbr> title and in text for screen readers
// (a title attribute alone does not reach touch screens or most screen readers).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'caption', 'th']);

/** A glossary file's data, or undefined when it cannot be read or parsed (the glossary's loader and the content check report that file). */
function readEntry(path) {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads the glossary's abbreviations (terms with an expansion) from the content folder. */
export function readAbbreviations(contentDir) {
  const folder = join(contentDir, 'glossary');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .flatMap((name) => {
      const data = readEntry(join(folder, name));
      if (typeof data?.term !== 'string') return [];
      if (!data?.expansion || !/[A-Z]{2}/.test(data.term)) return [];
      const id = name.replace(/\.yaml$/, '');
      return [data.term, ...(data.variants ?? [])].map((form) => ({ form, term: data.term, expansion: data.expansion, id }));
    });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');

/** The rehype plugin. */
export function rehypeAbbreviations({ contentDir = process.env.CONTENT_DIR ?? './content' } = {}) {
  const entries = readAbbreviations(contentDir).sort((a, b) => b.form.length - a.form.length);
  if (entries.length === 0) return () => {};
  const byForm = new Map(entries.map((entry) => [entry.form, entry]));
  const pattern = new RegExp(`(?<![\\w&-])(${entries.map((entry) => escape(entry.form)).join('|')})(?![\\w&-])`, 'g');

  return (tree) => {
    const seen = new Set();
    const visit = (node) => {
      if (!node.children) return;
      if (node.type === 'element' && SKIP.has(node.tagName)) return;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) return;
      const next = [];
      for (const child of node.children) {
        if (child.type !== 'text') {
          visit(child);
          next.push(child);
          continue;
        }
        let last = 0;
        const value = child.value;
        for (const match of value.matchAll(pattern)) {
          const entry = byForm.get(match[1]);
          if (!entry || seen.has(entry.term)) continue;
          seen.add(entry.term);
          if (match.index > last) next.push({ type: 'text', value: value.slice(last, match.index) });
          next.push({
            type: 'element',
            tagName: 'a',
            properties: { href: `/glossary/#${entry.id}`, className: ['app-abbr'] },
            children: [
              { type: 'element', tagName: 'abbr', properties: { title: entry.expansion }, children: [{ type: 'text', value: match[1] }] },
              { type: 'element', tagName: 'span', properties: { className: ['app-visually-hidden'] }, children: [{ type: 'text', value: ` (${entry.expansion})` }] },
            ],
          });
          last = match.index + match[1].length;
        }
        if (last === 0) next.push(child);
        else if (last < value.length) next.push({ type: 'text', value: value.slice(last) });
      }
      node.children = next;
    };
    visit(tree);
  };
}
