// Section bodies are data: the renderer (src/lib/mdx/) turns the safe subset of MDX into HTML and
// refuses everything else, naming the line and the fix; the check and the build's loader give the
// same verdict because they share the reader and the renderer.
import { createHash } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { sectionLoader } from '../../src/lib/mdx/loader';
import { renderSectionBody, SANITIZE_SCHEMA } from '../../src/lib/mdx/render';
import { SectionSchema } from '../../src/schemas/section';
import { copyFixture, edit, FIXTURE, problemsIn, SECTION } from './helpers';

const contentDir = join(FIXTURE, 'content');
const render = (body: string, firstNote = 1) => renderSectionBody(body, { file: 'test.mdx', frontmatter: {}, firstNote, contentDir, bodyLine: 1 });
const problem = (body: string) => {
  const { problems } = render(body);
  expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
  return problems[0]!;
};

/** Runs the build's section loader on a fixture copy with a minimal content-layer context. */
async function loaderVerdict(root: string): Promise<string> {
  const entries = new Map<string, { id: string; digest?: string; rendered?: unknown }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; digest?: string; rendered?: unknown }) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
  };
  const loader = sectionLoader({ base: join(root, 'content', 'reports') });
  try {
    await loader.load({
      store,
      parseData: async ({ data }: { data: unknown }) => SectionSchema.parse(data),
      generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/`), srcDir: pathToFileURL(`${join(import.meta.dirname, '..', '..', 'src')}/`) },
      logger: { info() {}, warn() {}, error() {} },
    } as never);
    return 'passed';
  } catch (error) {
    return (error as Error).message;
  }
}

/** The check's problems, formatted the way the build's error lists them. */
const checkLines = (root: string) => problemsIn(root).map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`);

describe('the section renderer', () => {
  it('renders Markdown with heading ids, heading links and safe external links', () => {
    const { html, headings, problems } = render('## What happened\n\nSee [the site](https://example.org/).\n');
    expect(problems).toEqual([]);
    expect(html).toMatch(/<h2 id="what-happened">What happened <a href="#what-happened" class="app-heading-anchor"[^>]*>/);
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">the site</a>');
    expect(headings).toEqual([{ depth: 2, slug: 'what-happened', text: 'What happened' }]);
  });

  it('renders a component with literal attributes into the site\'s markup', () => {
    const { html } = render('<Recommendation number="2" title="Share early">\n\nText.\n\n</Recommendation>\n');
    expect(html).toContain('<section class="app-numbered" id="recommendation-2" aria-labelledby="recommendation-2-heading">');
    expect(html).toContain('<h3 id="recommendation-2-heading">Recommendation 2: Share early <a class="app-heading-anchor" href="#recommendation-2">');
    const table = render('<KeyMessages messages={["Listen to children", "Share early"]} />\n').html;
    expect(table).toContain('<li>Listen to children</li><li>Share early</li>');
  });

  it('turns each note into a numbered marker after the block before it, numbered on from the figure notes', () => {
    const { html, notes } = render('A paragraph.\n\n<Note>\nThe figure is garbled.\n</Note>\n\n## Next\n\n<Note>Second.</Note>\n', 3);
    expect(html).toContain('A paragraph.<sup class="app-note-ref" data-pagefind-ignore=""><a id="note-ref-3" href="#note-3"><span class="app-visually-hidden">Note </span>3</a></sup></p>');
    expect(html).toContain('<p class="app-note-ref-line"><sup class="app-note-ref" data-pagefind-ignore=""><a id="note-ref-4" href="#note-4">');
    expect(html).not.toContain('garbled');
    expect(notes).toEqual(['<p>The figure is garbled.</p>', '<p>Second.</p>']);
  });

  const refused: [string, string, RegExp][] = [
    ['an import', 'Text.\n\nimport fs from "node:fs"\n', /import and export lines are code/],
    ['an export', 'Text.\n\nexport const x = process.cwd()\n', /import and export lines are code/],
    ['an expression', 'Text {process.env.HOME} here.\n', /Curly braces \{…\} are code/],
    ['an expression in a block', '{fetch("http://localhost:9/")}\n', /Curly braces \{…\} are code/],
    ['an unknown component', '<Notes>\nHi\n</Notes>\n', /Unknown component <Notes>\. Did you mean <Note>\?/],
    ['a wrong attribute', '<Recommendation nmber="1">\n\nHi\n\n</Recommendation>\n', /Wrong attribute on <Recommendation>: unknown attribute nmber; <Recommendation> takes number, title/],
    ['a missing attribute', '<Recommendation>\n\nHi\n\n</Recommendation>\n', /Wrong attribute on <Recommendation>: number is missing/],
    ['a code attribute', '<KeyMessages messages={list.map((x) => x)} />\n', /The messages attribute of <KeyMessages> is code/],
    ['a spread attribute', '<KeyMessages {...props} />\n', /spread attribute, which is code/],
    ['a script', '<script>alert(1)</script>\n', /The HTML tag <script> is not allowed/],
    ['an on* handler', 'Hi <span onclick="alert(1)">there</span>.\n', /The attribute onclick is not allowed on <span>/],
    ['a javascript: URL', '[Click](javascript:alert(1))\n', /The link address "javascript:alert\(1\)" is not allowed/],
    ['a data: URL', '![x](data:image/svg+xml;base64,PHN2Zz4=)\n', /The link address "data:image/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org" />\n', /The HTML tag <meta> is not allowed/],
    ['an iframe', '<iframe src="https://example.org"></iframe>\n', /The HTML tag <iframe> is not allowed/],
    ['an object', '<object data="x.swf"></object>\n', /The HTML tag <object> is not allowed/],
    ['an embed', '<embed src="x.swf" />\n', /The HTML tag <embed> is not allowed/],
    ['a form', '<form action="https://example.org"><button>Go</button></form>\n', /The HTML tag <form> is not allowed/],
    ['a style attribute', 'Hi <span style="color:red">there</span>.\n', /The attribute style is not allowed on <span>/],
    ['a raw <a> link', '<a href="https://example.org">x</a>\n', /The HTML tag <a> is not allowed/],
    ['text inside an attributes-only component', '<KeyMessages messages={["a"]}>\n\nText\n\n</KeyMessages>\n', /<KeyMessages> takes no text between its tags/],
    ['a block component inside a paragraph', 'Text <KeyMessages messages={["a"]} /> more.\n', /<KeyMessages> must start on a line of its own/],
    ['invalid MDX', '<Note>\nnever closed\n', /This is not valid MDX/],
  ];
  for (const [what, body, message] of refused) {
    it(`refuses ${what}, naming the line and the fix`, () => {
      const found = problem(body);
      expect(found.message).toMatch(message);
      expect(found.line).toBeGreaterThanOrEqual(1);
    });
  }

  it('gives the line in the whole file, frontmatter included', () => {
    const { problems } = renderSectionBody('Fine.\n\n<Script />\n', { file: 'x.mdx', frontmatter: {}, firstNote: 1, contentDir, bodyLine: 10 });
    expect(problems[0]?.line).toBe(12);
  });

  it('allows a {/* comment */} and drops it', () => {
    const { html, problems } = render('Text.\n\n{/* a reminder for editors */}\n');
    expect(problems).toEqual([]);
    expect(html).not.toContain('reminder');
  });
});

describe('the sanitiser', () => {
  const clean = (html: string) => toHtml(sanitize(fromHtml(html, { fragment: true }), SANITIZE_SCHEMA));
  it('removes scripts, handlers, dangerous URLs, refreshes, frames, objects, forms and inline styles', () => {
    const out = clean(
      '<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">a</a><img src="data:image/png;base64,AA" alt="d">' +
        '<meta http-equiv="refresh" content="0;url=https://evil.example"><iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><form action="/"><input></form>',
    );
    expect(out).toBe('<p>Hi</p><a>a</a><img alt="d">');
  });
  it('keeps the markup the site designs', () => {
    const html = '<section class="app-numbered" id="recommendation-1" aria-labelledby="recommendation-1-heading"><h3 id="recommendation-1-heading">R</h3></section>';
    expect(clean(html)).toBe(html);
  });
});

describe('the check and the build give the same verdict', () => {
  const cases: [string, (root: string) => void][] = [
    ['an import', (root) => edit(root, SECTION, (text) => `${text}\nimport { execSync } from 'node:child_process'\n`)],
    ['an expression', (root) => edit(root, SECTION, (text) => `${text}\nBuilt by {process.env.USER}.\n`)],
    ['a script', (root) => edit(root, SECTION, (text) => `${text}\n<script>alert(1)</script>\n`)],
    ['a meta refresh', (root) => edit(root, SECTION, (text) => `${text}\n<meta http-equiv="refresh" content="0;url=https://example.org" />\n`)],
    ['a misspelt component', (root) => edit(root, SECTION, (text) => `${text}\n<Nte>\nHi\n</Nte>\n`)],
    ['a byte-order mark', (root) => edit(root, SECTION, (text) => `\uFEFF${text}`)],
    ['a hidden file', (root) => writeFileSync(join(root, 'content/reports/example/2024-25/.draft.mdx'), '---\ntitle: x\n---\n')],
    ['an editor lock file', (root) => symlinkSync('user@host.1234:1700000000', join(root, 'content/reports/example/2024-25/.#lado.mdx'))],
    ['a stray file', (root) => writeFileSync(join(root, 'content/reports/example/2024-25/lado.md'), 'x')],
  ];
  for (const [what, breakIt] of cases) {
    it(`for ${what}`, async () => {
      const root = copyFixture();
      breakIt(root);
      // The loader reports file and body problems; the check reports those and then the rules across
      // files (validate.ts), which the build runs too, after loading. Every loader problem is the check's.
      const check = checkLines(root);
      const build = await loaderVerdict(root);
      expect(build).not.toBe('passed');
      const listed = build.split('\n').filter((line) => line.startsWith('  - ')).map((line) => line.slice(4));
      expect(listed.length).toBeGreaterThan(0);
      for (const line of listed) expect(check).toContain(line);
    });
  }

  it('both pass the valid fixture site', async () => {
    const root = copyFixture();
    expect(checkLines(root)).toEqual([]);
    expect(await loaderVerdict(root)).toBe('passed');
  });
});
