// Turns a section's body into HTML without running it. The body is MDX, read as SYNTAX ONLY:
// `remark-mdx` parses it, nothing is compiled or evaluated. Markdown and the site's own components
// (`components.ts`) with literal attributes become HTML; anything else (import/export, {expressions},
// unknown components or attributes, raw HTML outside a short allow-list, javascript:/data: links)
// is a problem naming the line and the fix. The same function serves the build (the content loader,
// `loader.ts`) and `npm run check:content`, so the two can never disagree.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, Nodes as MdastNodes, Parent as MdastParent, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Expression, Node as EsNode } from 'estree';
import { createHash } from 'node:crypto';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from './smartypants';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { readAbbreviations, rehypeAbbreviations } from '../rehype-abbreviations.mjs';
import { checkExternalUrl, isExternalLink } from '../external-url';
import { rehypeExternalLinks } from '../rehype-external-links.mjs';
import { rehypeFormerAnchors, rehypeHeadingLinks } from '../rehype-heading-anchors.mjs';
import { rehypeSearchSpacing } from '../rehype-search-spacing.mjs';
import { rehypeTableWrap } from '../rehype-table-wrap.mjs';
import { COMPONENTS, COMPONENT_NAMES, HTML_ALLOWED, type ComponentName } from './components';
import { noteId, noteRefId } from '../notes';

/** Bump when the HTML the renderer makes changes, so cached sections are rendered again. */
export const RENDERER_VERSION = 2;

export interface BodyProblem {
  /** Line in the whole file (frontmatter included), from 1. */
  line?: number;
  message: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  /** The body as HTML, with a numbered marker where each note was. */
  html: string;
  headings: Heading[];
  /** The body's notes as HTML, in order; note i is numbered `firstNote + i`. */
  notes: string[];
  problems: BodyProblem[];
}

export interface RenderOptions {
  /** The file, for messages and for Astro's heading-id plugin (which expects `.mdx`). */
  file: string;
  /** The section's frontmatter (its `anchors` give former heading ids). */
  frontmatter: Record<string, unknown>;
  /** The number of the first note in the body (figure notes come first). */
  firstNote: number;
  /** The content folder, for the glossary's abbreviations. */
  contentDir: string;
  /** The line of the file on which the body starts, so messages give the file's own line numbers. */
  bodyLine: number;
}

/** Links may go to this site, to other websites, or to e-mail and phone addresses; nothing else. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

const COMPONENT_LIST = COMPONENT_NAMES.join(', ');
const HTML_LIST = Object.keys(HTML_ALLOWED).map((tag) => `<${tag}>`).join(', ');

/** The closest known component name, for "did you mean". */
function closest(name: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i += 1) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j += 1) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const best = COMPONENT_NAMES.map((known) => ({ known, d: distance(name, known) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.known : undefined;
}

/** Reads an attribute's value as plain data, or returns undefined when it is code. */
function literal(node: EsNode): { value: unknown } | undefined {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return undefined;
      return { value: node.value };
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? { value: node.quasis.map((q) => q.value.cooked).join('') } : undefined;
    case 'UnaryExpression': {
      if ((node.operator !== '-' && node.operator !== '+') || node.argument.type !== 'Literal' || typeof node.argument.value !== 'number') return undefined;
      return { value: node.operator === '-' ? -node.argument.value : node.argument.value };
    }
    case 'ArrayExpression': {
      const values: unknown[] = [];
      for (const element of node.elements) {
        const item = element && element.type !== 'SpreadElement' ? literal(element) : undefined;
        if (!item) return undefined;
        values.push(item.value);
      }
      return { value: values };
    }
    case 'ObjectExpression': {
      const value: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method || property.shorthand) return undefined;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' && typeof property.key.value === 'string' ? property.key.value : undefined;
        const item = key === undefined ? undefined : literal(property.value);
        if (!item || key === undefined || key === '__proto__') return undefined;
        value[key] = item.value;
      }
      return { value };
    }
    default:
      return undefined;
  }
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isNote = (node: { type: string }): node is JsxElement => isJsx(node) && node.name === 'Note';

interface Checked {
  problems: BodyProblem[];
}

/** Reads a component's attributes as data; reports code, spreads and unknown names. */
function readAttributes(node: JsxElement, name: string, line: number | undefined, problems: BodyProblem[]): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  let ok = true;
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ line, message: `<${name}> has a {…} spread attribute, which is code. Write each attribute out, such as title="…".` });
      ok = false;
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else {
      const program = value.data?.estree;
      const statement = program?.body.length === 1 ? program.body[0] : undefined;
      const expression: Expression | undefined = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
      const read = expression ? literal(expression) : undefined;
      if (!read) {
        problems.push({
          line,
          message: `The ${attribute.name} attribute of <${name}> is code, not a written-out value. Write text in quotes (${attribute.name}="…"), or a list or table of plain values in braces, such as ${attribute.name}={["first", "second"]}; no names, sums or function calls.`,
        });
        ok = false;
        continue;
      }
      props[attribute.name] = read.value;
    }
  }
  return ok ? props : undefined;
}

/** A bare "www.example.org" in the text, which Markdown links as http:// and rehype-external-links makes https://. */
function isWwwAutolink(node: MdastNodes): boolean {
  const text = (n: MdastNodes): string => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as MdastNodes[]).map(text).join('') : '');
  return node.type === 'link' && /^http:\/\/www\./i.test(node.url) && text(node) === node.url.slice('http://'.length);
}

/** Checks the whole body; returns every problem found, with lines in the file. */
function check(tree: MdastRoot, lineOf: (node: MdastNodes) => number | undefined): Checked {
  const problems: BodyProblem[] = [];

  const visit = (node: MdastNodes, parent: MdastParent | undefined, insideNote: boolean) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          message: 'import and export lines are code and are not allowed in a section. Delete the line: the site\'s components (' + COMPONENT_LIST + ') work without an import.',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = node.data?.estree;
        if (program && program.body.length === 0) return; // a {/* comment */}: nothing to run, dropped
        problems.push({
          line,
          message: `Curly braces {…} are code in MDX and are not allowed in a section. To show a brace as text, write \\{ and \\}.`,
        });
        return;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (!SAFE_URL.test(node.url.trim())) {
          problems.push({
            line,
            message: `The link address "${node.url.slice(0, 60)}" is not allowed. Links go to pages of this site (/…), to other websites (https://…) or to mailto: and tel: addresses; never javascript: or data: addresses.`,
          });
        } else if (isExternalLink(node.url) && !isWwwAutolink(node)) {
          // https only, never a private or local address (src/lib/external-url.ts, shared with the link fields).
          const external = checkExternalUrl(node.url);
          if (external) problems.push({ line, message: external });
        }
        break;
      case 'html':
        problems.push({ line, message: 'Raw HTML is not allowed here. Write it in Markdown, or use one of the site\'s components.' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!name) {
          problems.push({ line, message: 'An empty tag <>…</> is not allowed. Delete the <> and </>.' });
          return;
        }
        if (/^[a-z]/.test(name) && !name.includes('.') && !name.includes(':')) {
          const allowed = HTML_ALLOWED[name];
          if (!allowed) {
            problems.push({
              line,
              message: `The HTML tag <${name}> is not allowed in a section. Write Markdown instead, or use one of the site's components (${COMPONENT_LIST}). The only HTML tags allowed are ${HTML_LIST}.`,
            });
            return;
          }
          const props = readAttributes(node, name, line, problems);
          for (const key of Object.keys(props ?? {})) {
            if (!allowed.includes(key)) {
              problems.push({
                line,
                message: `The attribute ${key} is not allowed on <${name}>${allowed.length ? ` (it may have only ${allowed.join(', ')})` : ''}. Delete it; styles, event handlers and scripts cannot be added to content.`,
              });
            } else if (typeof props![key] !== 'string') {
              problems.push({ line, message: `The ${key} attribute of <${name}> must be text in quotes.` });
            }
          }
          if (props) node.data = { html: props } as never;
          node.attributes = []; // read already; the parsed code trees would only be copied along
          break;
        }
        const spec = COMPONENTS[name as ComponentName];
        if (!spec || !Object.hasOwn(COMPONENTS, name)) {
          const guess = closest(name);
          problems.push({
            line,
            message: `Unknown component <${name}>.${guess ? ` Did you mean <${guess}>?` : ''} The components you can use are ${COMPONENT_LIST}.`,
          });
          return;
        }
        if (name !== 'Note' && node.type === 'mdxJsxTextElement') {
          problems.push({ line, message: `<${name}> must start on a line of its own, with a blank line before and after it.` });
          return;
        }
        if (name === 'Note' && insideNote) {
          problems.push({ line, message: 'A <Note> cannot contain another <Note>. Merge the two notes.' });
          return;
        }
        if (!spec.children && node.children.length > 0) {
          problems.push({
            line,
            message: `<${name}> takes no text between its tags: everything goes in its attributes. Close it with /> (as in <${name} … />) and move the text into the attributes.`,
          });
        }
        const props = readAttributes(node, name, line, problems);
        if (props) {
          const result = spec.props.safeParse(props);
          if (!result.success) {
            for (const issue of [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'))) {
              const where = issue.path.join('.');
              const message =
                issue.code === 'unrecognized_keys'
                  ? `unknown attribute${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; <${name}> takes ${Object.keys((spec.props as unknown as { shape: object }).shape).join(', ') || 'no attributes'}`
                  : (issue.code === 'invalid_type' && issue.received === 'undefined') || (issue.path.length === 1 && props[String(issue.path[0])] === undefined)
                    ? `${where} is missing`
                    : `${where}: ${issue.message}`;
              problems.push({ line, message: `Wrong attribute on <${name}>: ${message}. See docs/CONTENT-GUIDE.md for how to write <${name}>.` });
            }
          } else {
            node.data = { component: { name, props: result.data } } as never;
          }
        }
        node.attributes = []; // read already; the parsed code trees would only be copied along
        if (spec.children) node.children.forEach((child) => visit(child as MdastNodes, node as MdastParent, insideNote || name === 'Note'));
        return;
      }
      default:
        break;
    }
    if ('children' in node) node.children.forEach((child) => visit(child as MdastNodes, node, insideNote));
    void parent;
  };
  visit(tree, undefined, false);
  return { problems };
}

/** Removes {/* comments *\/}, which hold nothing to run. */
function dropComments(node: MdastNodes) {
  if (!('children' in node)) return;
  node.children = (node.children as MdastNodes[]).filter((child) => child.type !== 'mdxFlowExpression' && child.type !== 'mdxTextExpression') as never;
  (node.children as MdastNodes[]).forEach(dropComments);
}

interface NoteRef {
  type: 'noteRef';
  n: number;
}

/** The last paragraph of a block, where a note's marker goes; undefined for tables, headings and the like. */
function lastParagraph(node: MdastNodes): Paragraph | undefined {
  if (node.type === 'paragraph') return node;
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || (node.type === 'mdxJsxFlowElement' && node.name !== null && COMPONENTS[node.name as ComponentName]?.children)) {
    const last = node.children.at(-1);
    return last ? lastParagraph(last as MdastNodes) : undefined;
  }
  return undefined;
}

/**
 * Takes each <Note> out of the text: its marker goes at the end of the block before it (or where
 * it sits, inside a paragraph), and its content moves to a list of notes kept at the end of the tree.
 */
function moveNotes(tree: MdastRoot, first: number): MdxJsxFlowElement[] {
  const notes: MdxJsxFlowElement[] = [];
  const take = (note: JsxElement): NoteRef => {
    const n = first + notes.length;
    const children = note.type === 'mdxJsxTextElement' ? [{ type: 'paragraph', children: note.children } as Paragraph] : (note.children as RootContent[]);
    notes.push({ type: 'mdxJsxFlowElement', name: 'Note', attributes: [], children: children as never, data: { note: n } as never });
    return { type: 'noteRef', n };
  };
  const walk = (parent: MdastParent) => {
    for (let i = 0; i < parent.children.length; i += 1) {
      let child = parent.children[i] as MdastNodes;
      // A paragraph holding nothing but a note (<Note>…</Note> on one line) is a note on its own.
      if (child.type === 'paragraph' && child.children.some(isNote) && child.children.every((c) => isNote(c) || (c.type === 'text' && !c.value.trim()))) {
        const alone = (child.children.filter(isNote) as JsxElement[]).map((note) => ({ ...note, type: 'mdxJsxFlowElement', children: [{ type: 'paragraph', children: note.children }] }) as MdxJsxFlowElement);
        parent.children.splice(i, 1, ...(alone as never[]));
        child = parent.children[i] as MdastNodes;
      }
      if (isNote(child)) {
        const marker = take(child);
        if (child.type === 'mdxJsxTextElement') {
          parent.children[i] = marker as never;
          continue;
        }
        parent.children.splice(i, 1);
        const previous = i > 0 ? (parent.children[i - 1] as MdastNodes) : undefined;
        const target = previous ? lastParagraph(previous) : undefined;
        if (target) {
          target.children.push(marker as unknown as PhrasingContent);
        } else {
          parent.children.splice(i, 0, { type: 'paragraph', data: { hProperties: { className: ['app-note-ref-line'] } }, children: [marker as unknown as PhrasingContent] } as never);
          i += 1;
        }
        i -= 1;
        continue;
      }
      if ('children' in child) walk(child as MdastParent);
    }
  };
  walk(tree);
  return notes;
}

/** The small numbered link to a note; the accessible name is "Note N". */
const marker = (n: number): Element =>
  h('sup.app-note-ref', { dataPagefindIgnore: '' }, [h('a', { id: noteRefId(n), href: `#${noteId(n)}` }, [h('span.app-visually-hidden', 'Note '), String(n)])]);

/** Replaces the component placeholders (kept opaque while the rehype plugins ran) with their HTML. */
function expandComponents(node: HastRoot | Element | HastContent): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    const anyChild = child as unknown as { type: string; name?: string; data?: { component?: { name: ComponentName; props: never }; html?: Record<string, string> }; children?: ElementContent[] };
    if (anyChild.type === 'mdxJsxFlowElement' || anyChild.type === 'mdxJsxTextElement') {
      const children = (anyChild.children ?? []) as ElementContent[];
      children.forEach((grandchild) => expandComponents(grandchild));
      if (anyChild.data?.component) {
        const { name, props } = anyChild.data.component;
        return COMPONENTS[name].render(props, children) as never;
      }
      return h(anyChild.name!, anyChild.data?.html ?? {}, children) as never;
    }
    expandComponents(child);
    return child;
  }) as never;
}

/** The allow-list the finished HTML is passed through: only the markup the site designs. */
export const SANITIZE_SCHEMA: Schema = {
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    'p', 'a', 'strong', 'em', 'b', 'i', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'div', 'section', 'span', 'sup', 'sub', 'abbr', 'img',
  ],
  attributes: {
    '*': ['className', 'id', 'role', 'ariaHidden', 'ariaLabel', 'ariaLabelledBy', 'tabIndex', 'lang', 'dataPagefindIgnore'],
    a: ['href', 'rel'],
    abbr: ['title'],
    img: ['src', 'alt'],
    ol: ['start'],
    th: ['scope', 'align'],
    td: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/** One processor per content folder (the glossary is read once). */
const processors = new Map<string, Processor<MdastRoot, MdastRoot, HastRoot, undefined, undefined>>();
function processorFor(contentDir: string) {
  let processor = processors.get(contentDir);
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkSmartypants)
      .use(remarkRehype, {
        passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'],
        handlers: { noteRef: (_state: unknown, node: NoteRef) => marker(node.n) } as never,
      })
      // The same rehype plugins, in the same order, as Markdown elsewhere in the site (astro.config.mjs).
      .use(rehypeHeadingIds)
      .use(rehypeFormerAnchors)
      .use(rehypeHeadingLinks)
      .use(rehypeAbbreviations, { contentDir })
      .use(rehypeExternalLinks)
      .use(rehypeTableWrap)
      // Keeps table cells apart in the search index (pagefind joins text with no space between).
      .use(rehypeSearchSpacing) as never;
    processors.set(contentDir, processor!);
  }
  return processor!;
}

/** A digest of everything besides the file itself that changes the HTML: the renderer and the glossary. */
export function rendererDigest(contentDir: string): string {
  return createHash('sha256')
    .update(String(RENDERER_VERSION))
    .update(JSON.stringify(readAbbreviations(contentDir)))
    .digest('hex')
    .slice(0, 16);
}

/** Parses, checks and renders one section body. Never throws for bad content: it returns problems. */
export function renderSectionBody(body: string, options: RenderOptions): RenderedBody {
  const empty = { html: '', headings: [], notes: [] };
  const lineOf = (node: { position?: { start: { line: number } } }) => (node.position ? node.position.start.line + options.bodyLine - 1 : undefined);
  const processor = processorFor(options.contentDir);
  const file = new VFile({ path: options.file.endsWith('.mdx') ? options.file : `${options.file}.mdx`, value: body, data: { astro: { frontmatter: options.frontmatter } } });
  let tree: MdastRoot;
  try {
    tree = processor.parse(file);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message: string };
    // micromark names the place in the reason, "… (3:1-3:7)", when it does not set `line`.
    const where = /\((\d+):\d+(?:-\d+:\d+)?\)\s*$/.exec(place.reason ?? '');
    const bodyLine = place.line ?? (where ? Number(where[1]) : undefined);
    const line = bodyLine ? bodyLine + options.bodyLine - 1 : undefined;
    const reason = (place.reason ?? place.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '');
    return {
      ...empty,
      problems: [
        {
          line,
          message: `This is not valid MDX: ${reason}. Check that every <Component> is closed (with </Component> or />), that attribute text is in quotes, and that a "<" or "{" meant as text is written \\< or \\{.`,
        },
      ],
    };
  }
  const { problems } = check(tree, lineOf);
  if (problems.length > 0) return { ...empty, problems };
  dropComments(tree);
  const notes = moveNotes(tree, options.firstNote);
  tree.children.push(...notes);

  const hast = processor.runSync(tree, file) as HastRoot;
  // The notes went through the same plugins (glossary, external links) at the end of the tree; take them out.
  const noteTrees = hast.children.filter((child) => (child as { type: string }).type === 'mdxJsxFlowElement' && (child as { data?: { note?: number } }).data?.note !== undefined);
  hast.children = hast.children.filter((child) => !noteTrees.includes(child));
  expandComponents(hast);
  const clean = sanitize(hast, SANITIZE_SCHEMA) as HastRoot;
  const notesHtml = noteTrees.map((note) => {
    const root: HastRoot = { type: 'root', children: (note as unknown as { children: ElementContent[] }).children };
    expandComponents(root);
    return toHtml(sanitize(root, SANITIZE_SCHEMA) as HastRoot).trim();
  });
  const headings = ((file.data as { astro?: { headings?: Heading[] } }).astro?.headings ?? []) as Heading[];
  return { html: toHtml(clean), headings, notes: notesHtml, problems: [] };
}
