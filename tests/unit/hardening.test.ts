// Hardening rules (issue 19), each proved by breaking one file of the valid fixture site: names that
// become URLs, implausible values, hidden characters, unsafe links, and messages an editor can act on.
import { chmodSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv, type DataRow } from '../../src/lib/data-export';
import { checkExternalUrl } from '../../src/lib/external-url';
import { rehypeExternalLinks } from '../../src/lib/rehype-external-links.mjs';
import { RESERVED_PARTNERSHIP_SLUGS, RESERVED_REPORT_SLUGS, RESERVED_SECTION_SLUGS } from '../../src/lib/validate';
import { copyFixture, edit, problemsIn, SECTION } from './helpers';

const REPORT = 'content/reports/example/2024-25/report.yaml';
const PARTNERSHIP = 'content/partnerships/example.yaml';

/** Breaks one file of a fresh fixture copy and returns the problems the content check finds. */
function broken(file: string, change: (text: string) => string) {
  const root = copyFixture();
  edit(root, file, change);
  return problemsIn(root);
}

describe('file and folder names', () => {
  it('must be lower-case slugs: a section file with a space or capitals is refused, with a fix', () => {
    const root = copyFixture();
    renameSync(join(root, SECTION), join(root, 'content/reports/example/2024-25/Bad Slug.mdx'));
    expect(problemsIn(root)).toContainEqual({
      file: 'content/reports/example/2024-25/Bad Slug.mdx',
      message: expect.stringMatching(/section file name "Bad Slug" is not a valid web address segment.*e\.g\. "bad-slug"/),
    });
  });

  it('must be unique regardless of case', () => {
    const root = copyFixture();
    renameSync(join(root, 'content/reports/example/2023-24/lado.mdx'), join(root, 'content/reports/example/2024-25/LADO.mdx'));
    const problems = problemsIn(root);
    expect(problems).toContainEqual({ file: 'content/reports/example/2024-25/LADO.mdx', message: expect.stringMatching(/not a valid web address segment/) });
    const clash = problems.find((problem) => /differs only in case/.test(problem.message));
    expect(`${clash?.file} ${clash?.message}`).toMatch(/2024-25\/(lado\.mdx .*LADO\.mdx|LADO\.mdx .*lado\.mdx)/);
  });

  it('refuses a report folder that is not a slug', () => {
    const root = copyFixture();
    renameSync(join(root, 'content/reports/example/2023-24'), join(root, 'content/reports/example/2026 27 Draft!'));
    edit(root, 'content/reports/example/2026 27 Draft!/report.yaml', (text) => text.replace('kind: annual-report', 'kind: practice-review'));
    expect(problemsIn(root)).toContainEqual({
      file: 'content/reports/example/2026 27 Draft!/report.yaml',
      message: expect.stringMatching(/report folder name "2026 27 Draft!" is not a valid web address segment.*"2026-27-draft"/),
    });
  });

  it('refuses an alias that takes the name of a page every report has', () => {
    for (const alias of ['print', 'young-people', 'about-these-figures']) {
      expect(broken(SECTION, (text) => text.replace('aliases: [allegations]', `aliases: [allegations, ${alias}]`))).toEqual([
        { file: SECTION, field: 'aliases.1', message: expect.stringMatching(new RegExp(`"${alias}" is a page of every report`)) },
      ]);
    }
  });

  it('reserves every page route, so no section, alias, report or partnership can take one', () => {
    const routes = (folder: string) =>
      readdirSync(join(import.meta.dirname, '../../src/pages', folder))
        .filter((name) => !name.startsWith('[') && !/^index\./.test(name))
        .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, ''));
    expect(RESERVED_SECTION_SLUGS).toEqual(expect.arrayContaining(routes('[partnership]/[report]')));
    expect(RESERVED_REPORT_SLUGS).toEqual(expect.arrayContaining(routes('[partnership]')));
    const topLevel = routes('').filter((name) => !['index', '404', 'sitemap.xml', 'robots.txt', 'accents.css'].includes(name));
    expect(RESERVED_PARTNERSHIP_SLUGS).toEqual(expect.arrayContaining(topLevel));
  });
});

describe('plausible values', () => {
  it('refuses infinity, with the field', () => {
    expect(broken(SECTION, (text) => text.replace('value: 287', 'value: .inf'))).toEqual([
      { file: SECTION, field: 'metrics.0.value', message: expect.stringMatching(/Infinity is not a (number a reader can use|figure)/) },
      expect.objectContaining({ field: 'metrics.0.value' }),
    ]);
  });

  it('refuses a count of 1e308 and names the limit for its unit', () => {
    expect(broken(SECTION, (text) => text.replace('value: 287', 'value: 1e308'))).toEqual([
      { file: SECTION, field: 'metrics.0.value', message: expect.stringMatching(/implausibly large for a count \(the limit is 1,000,000,000\)/) },
    ]);
  });

  it('refuses an implausible chart value and a comparison value', () => {
    const problems = broken(SECTION, (text) => text.replace('value: 285', 'value: 2e12').replace('unit: percent', 'unit: gbp').replace('[40.5, 12]', '[40.5, 5e12]'));
    expect(problems.map((problem) => problem.field)).toEqual(['metrics.0.comparison.value', 'charts.0.datasets.0.data.1']);
  });

  it('refuses a source page beyond the source document’s page count', () => {
    expect(broken(SECTION, (text) => text.replace('sourcePages: [22]', 'sourcePages: [22, 400]'))).toEqual([
      { file: SECTION, field: 'sourcePages.1', message: expect.stringMatching(/Page 400 is beyond the end of the source document, which has 40 pages/) },
    ]);
    expect(broken(SECTION, (text) => text.replace('    sourcePage: 22\n    catalogue', '    sourcePage: 41\n    catalogue'))[0]).toMatchObject({
      field: 'metrics.0.sourcePage',
    });
  });

  it('requires a page count on every report', () => {
    expect(broken(REPORT, (text) => text.replace(/^pageCount: .*\n/m, ''))).toEqual([
      { file: REPORT, field: 'pageCount', message: 'Missing: add `pageCount:` with a number (docs/CONTENT-GUIDE.md lists every field).' },
    ]);
  });
});

describe('text', () => {
  it('refuses a blank young people’s summary', () => {
    expect(broken(SECTION, (text) => text.replace(/ {2}summary: Some adults.*/, "  summary: '   '"))).toContainEqual({
      file: SECTION,
      field: 'youngPeople.summary',
      message: 'Blank: write the text, or remove the line if the field is optional.',
    });
  });

  it('refuses a young people’s summary far too long to finish', () => {
    const long = 'Some adults work with children and we check. '.repeat(40);
    expect(broken(SECTION, (text) => text.replace(/ {2}summary: Some adults.*/, `  summary: ${long}`))).toContainEqual({
      file: SECTION,
      field: 'youngPeople.summary',
      message: expect.stringMatching(/Too long for young readers: \d+ characters, at most 800/),
    });
  });

  it('refuses a title over 150 characters', () => {
    expect(broken(SECTION, (text) => text.replace('title: Concerns about adults who work with children', `title: ${'Concerns '.repeat(20)}`))).toEqual([
      { file: SECTION, field: 'title', message: expect.stringMatching(/Too long for a title: 179 characters, at most 150/) },
    ]);
  });

  it('refuses right-to-left overrides and zero-width characters in any field, naming them', () => {
    expect(broken(SECTION, (text) => text.replace('title: Concerns', 'title: \u202EConcerns').replace('label: Contacts', 'label: Con\u200Btacts'))).toEqual([
      { file: SECTION, field: 'title', message: expect.stringMatching(/invisible characters .*\(U\+202E\)/) },
      { file: SECTION, field: 'metrics.0.label', message: expect.stringMatching(/invisible characters .*\(U\+200B\)/) },
    ]);
  });
});

describe('links to other websites', () => {
  it('allows https, mailto and tel to public addresses', () => {
    for (const url of ['https://www.nspcc.org.uk/', 'mailto:help@example.org', 'tel:08001111', 'https://[2001:db8::1]/', 'https://8.8.8.8/']) {
      expect(checkExternalUrl(url), url).toBeUndefined();
    }
  });

  it('refuses http, other schemes, and private, loopback or link-local addresses however they are written', () => {
    const refused = [
      'http://www.example.org/',
      'javascript:alert(1)',
      'data:text/html,hi',
      '//example.org/',
      'https://localhost/',
      'https://intranet/',
      'https://10.1.2.3/',
      'https://172.16.0.1/',
      'https://172.31.255.255/',
      'https://192.168.1.1/',
      'https://127.0.0.1/',
      'https://169.254.169.254/latest/meta-data/',
      'https://0x7f.0.0.1/',
      'https://3232235777/',
      'https://[::1]/',
      'https://[fc00::1]/',
      'https://[fd12:3456::1]/',
      'https://[fe80::1]/',
      'https://[::ffff:192.168.0.1]/',
      'https://user:pass@example.org/',
    ];
    for (const url of refused) expect(checkExternalUrl(url), url).toBeDefined();
    expect(checkExternalUrl('https://169.254.169.254/')).toMatch(/private, local or internal address \(169\.254\.169\.254\)/);
  });

  it('refuses an unsafe link in a section body', () => {
    expect(broken(SECTION, (text) => `${text}\nSee [the router](https://192.168.1.1/admin) and [this](http://example.org).\n`)).toEqual([
      { file: SECTION, field: 'line 46', message: expect.stringMatching(/private, local or internal address \(192\.168\.1\.1\)/) },
      { file: SECTION, field: 'line 46', message: expect.stringMatching(/uses http:\/\//) },
    ]);
  });

  it('stops the Markdown renderer on an unsafe link, and makes a bare www address https', () => {
    const link = (href: string, text = 'a link') => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] });
    const tree = { type: 'root', children: [link('http://www.example.org', 'www.example.org'), link('https://www.example.org/')] };
    rehypeExternalLinks()(tree, { path: 'x.mdx' });
    expect(tree.children.map((node) => node.properties)).toEqual([
      { href: 'https://www.example.org', rel: ['noopener', 'noreferrer'] },
      { href: 'https://www.example.org/', rel: ['noopener', 'noreferrer'] },
    ]);
    const unsafe = { type: 'root', children: [link('http://example.org/'), link('https://10.0.0.1/')] };
    expect(() => rehypeExternalLinks()(unsafe, { path: 'x.mdx' })).toThrow(/x\.mdx:\n {2}- The link "http:\/\/example\.org\/" uses http:\/\/.*\n {2}- The link "https:\/\/10\.0\.0\.1\/" points to a private/s);
  });

  it('refuses an unsafe link in a link field', () => {
    expect(broken(PARTNERSHIP, (text) => `${text}website: https://169.254.169.254/\n`)).toEqual([
      { file: PARTNERSHIP, field: 'website', message: expect.stringMatching(/private, local or internal address/) },
    ]);
  });
});

describe('charts', () => {
  it('refuses two charts with the same id in a section', () => {
    const chart = /( {2}- title: Where contacts came from[\s\S]*?sourcePage: 22\n)/;
    expect(
      broken(SECTION, (text) => text.replace(chart, (block) => `${block.replace('- title:', '- id: sources\n    title:')}${block.replace('- title:', '- id: sources\n    title:')}`)),
    ).toEqual([{ file: SECTION, field: 'charts.1.id', message: expect.stringMatching(/Two charts in this section have the id "sources"/) }]);
  });
});

describe('data downloads', () => {
  it('neutralise text that a spreadsheet would run as a formula, and keep negative numbers as numbers', () => {
    const row = { label: '=HYPERLINK("https://example.org","x")', series: '+1', category: '@SUM(A1)', note: '-2', value_as_printed: '\tcmd', value: -3, comparison_value: -1.5 };
    const csv = toCsv([row as unknown as DataRow]);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""https://example.org"",""x"")"`);
    expect(line).toContain("'+1");
    expect(line).toContain("'@SUM(A1)");
    expect(line).toContain("'-2");
    expect(line).toContain("'\tcmd");
    expect(line).toMatch(/,-3,/);
    expect(line).toMatch(/,-1\.5,/);
  });
});

describe('messages an editor can act on', () => {
  it('gives the line in the file, the whole YAML message and a fix for a frontmatter error', () => {
    // Line 3 of the file is the second line of the frontmatter.
    const problems = broken(SECTION, (text) => text.replace('order: 1', '\torder: 1'));
    expect(problems).toEqual([{ file: SECTION, message: expect.stringMatching(/^Not valid YAML at line 3, column 1: Tabs are not allowed as indentation\. Indent with spaces, never tabs\. The line reads: "→order: 1"$/) }]);
  });

  it('reports one tab in a partnership file once, with no false problems elsewhere', () => {
    const problems = broken(PARTNERSHIP, (text) => text.replace('shortName: ESCP', '\tshortName: ESCP'));
    expect(problems).toEqual([{ file: PARTNERSHIP, message: expect.stringMatching(/^Not valid YAML at line 3/) }]);
  });

  it('reports a section that fails its schema once, not again as a broken link elsewhere', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/lado.mdx', (text) => text.replace(/^order: .*$/m, 'order: first'));
    expect(problemsIn(root)).toEqual([expect.objectContaining({ file: 'content/reports/example/2023-24/lado.mdx', field: 'order' })]);
  });

  it('does not suggest adding a metric file that exists but is broken', () => {
    const problems = broken('content/metrics/lado-contacts.yaml', (text) => text.replace('unit: count', 'unit: pounds'));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/metrics/lado-contacts.yaml', field: 'unit', message: expect.stringMatching(/"pounds" is not an allowed value: use one of count, percent/) })]);
  });

  it('names the field in every schema message and never uses zod’s default words', () => {
    const problems = broken(SECTION, (text) =>
      text.replace('order: 1', 'order: first').replace(/^theme: .*\n/m, '').replace('help: worried-adult', 'help: 12').replace('alsoCalled: [allegation against a teacher]', 'alsoCalled: allegation'),
    );
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of problems) {
      expect(problem.field).toBeTruthy();
      expect(problem.message).not.toMatch(/^(Required|Expected|Invalid)/);
      expect(problem.message).toMatch(/: /);
    }
  });

  it.skipIf(process.getuid?.() === 0)('says a file that cannot be read cannot be read, not that it is not valid YAML', () => {
    const root = copyFixture();
    chmodSync(join(root, PARTNERSHIP), 0o000);
    const problems = problemsIn(root);
    chmodSync(join(root, PARTNERSHIP), 0o644);
    expect(problems).toEqual([{ file: PARTNERSHIP, message: expect.stringMatching(/^This file cannot be read because the build is not allowed to read it/) }]);
  });

  it('reports a section file that cannot be read instead of crashing', () => {
    const root = copyFixture();
    mkdirSync(join(root, 'content/reports/example/2024-25/folder.mdx'));
    expect(problemsIn(root)).toEqual([expect.objectContaining({ file: 'content/reports/example/2024-25/folder.mdx' })]);
  });
});
