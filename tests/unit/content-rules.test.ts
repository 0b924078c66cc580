// The cross-file rules, each proved by breaking one file of the valid fixture site.
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, problemsIn, SECTION } from './helpers';

describe('the content check', () => {
  it('passes the valid fixture site', () => {
    expect(problemsIn(copyFixture())).toEqual([]);
  });

  it('names the file and field of a wrong type', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('order: 1', 'order: first'));
    expect(problemsIn(root)).toEqual([
      { file: SECTION, field: 'order', message: 'Should be a number, but is text ("first"): write digits only, without quotes, commas, units or % (e.g. 1234 or 12.5).' },
    ]);
  });

  it('names a missing required field', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace(/^summary: .*\n/m, ''));
    expect(problemsIn(root)).toEqual([
      { file: SECTION, field: 'summary', message: 'Missing: add `summary:` with text (docs/CONTENT-GUIDE.md lists every field).' },
    ]);
  });

  it('reports problems in several files at once', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('order: 1', 'order: first'));
    edit(root, 'content/reports/example/2023-24/budget.mdx', (text) => text.replace('unit: gbp', 'unit: pounds'));
    expect(new Set(problemsIn(root).map((problem) => problem.file)).size).toBe(2);
  });

  it('rejects an unknown metric catalogue id', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('catalogue: lado-contacts', 'catalogue: lado-contact'));
    expect(problemsIn(root)).toEqual([
      expect.objectContaining({ file: SECTION, field: 'metrics.0.catalogue', message: expect.stringMatching(/Unknown metric catalogue id "lado-contact"/) }),
    ]);
  });

  it('rejects a figure whose unit differs from its catalogue measure', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('unit: count\n    period: 2024-25', 'unit: days\n    period: 2024-25'));
    expect(problemsIn(root)[0]).toMatchObject({ field: 'metrics.0.unit' });
  });

  it('rejects a section in the folder of a partnership that does not exist', () => {
    const root = copyFixture();
    renameSync(join(root, 'content/reports/example'), join(root, 'content/reports/nowhere'));
    const problems = problemsIn(root);
    expect(problems.some((problem) => /partnership "nowhere"/.test(problem.message) && problem.file.endsWith('report.yaml'))).toBe(true);
    expect(problems.some((problem) => /partnership "nowhere"/.test(problem.message) && problem.file.endsWith('lado.mdx'))).toBe(true);
  });

  it('rejects an alias that claims the URL of another section', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/budget.mdx', (text) => text.replace('order: 2', 'order: 2\naliases: [lado]'));
    expect(problemsIn(root)[0]?.message).toMatch(/The URL \/example\/2023-24\/lado\/ is claimed twice/);
  });

  it('rejects an abbreviation that the glossary does not define', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('The LADO had more', 'The MASH and the LADO had more'));
    expect(problemsIn(root)).toEqual([expect.objectContaining({ file: SECTION, message: expect.stringMatching(/not in the glossary: MASH\./) })]);
  });

  it('rejects a young people’s text that is too hard to read, with its score', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) =>
      text.replace(
        /forYou: .*/,
        'forYou: Multi-agency safeguarding arrangements necessitate comprehensive organisational accountability, notwithstanding considerable institutional complexity and interdependency.',
      ),
    );
    expect(problemsIn(root)).toEqual([
      expect.objectContaining({ file: SECTION, field: 'youngPeople', message: expect.stringMatching(/Too hard for young readers: reading ease is -?\d/) }),
    ]);
  });

  it('rejects raw HTML with an inline event handler in MDX, naming the line', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => `${text}\n<div onclick="alert(1)">Hi</div>\n`);
    expect(problemsIn(root)[0]).toEqual(expect.objectContaining({ file: SECTION, field: expect.stringMatching(/^line \d+$/), message: expect.stringMatching(/The HTML tag <div> is not allowed/) }));
  });

  it('rejects a link to a page that does not exist', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('/example/2023-24/lado/', '/example/2022-23/lado/'));
    expect(problemsIn(root)[0]?.message).toMatch(/Broken link to \/example\/2022-23\/lado\//);
  });

  it('rejects a priority the partnership does not have', () => {
    const root = copyFixture();
    edit(root, SECTION, (text) => text.replace('priorities: [early-help]', 'priorities: [late-help]'));
    expect(problemsIn(root)[0]).toMatchObject({ field: 'priorities.0', message: expect.stringMatching(/Unknown priority "late-help"/) });
  });

  it('rejects an annual report whose folder is not its period', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/report.yaml', (text) => text.replace("label: '2023-24'", "label: '2023-2024'"));
    expect(problemsIn(root)[0]).toMatchObject({ field: 'period.label' });
  });

  it('rejects a period it cannot read, with the file, field and the accepted forms', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/budget.mdx', (text) => text.replace('period: 2023-24', 'period: previous year'));
    expect(problemsIn(root)).toEqual([
      { file: 'content/reports/example/2023-24/budget.mdx', field: 'metrics.0.period', message: expect.stringMatching(/^Cannot read the period "previous year"\. Write a financial year "2024-25".*"not stated"/) },
    ]);
  });

  it('rejects an unknown key left by a comma in an unquoted flow mapping, with the fix', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/budget.mdx', (text) =>
      text.replace('    sourcePage: 30', '    comparison: { value: 21, period: 2022-23, label: statistical neighbours, inner London and England }\n    sourcePage: 30'),
    );
    expect(problemsIn(root)).toEqual([
      { file: 'content/reports/example/2023-24/budget.mdx', field: 'metrics.0.comparison', message: expect.stringMatching(/^Unknown field "inner London and England": .*put the value in double quotes\.$/) },
    ]);
  });

  it('rejects a counterpart section that does not exist', () => {
    const root = copyFixture();
    edit(root, 'content/reports/example/2023-24/budget.mdx', (text) => text.replace('theme: Budget', 'theme: Budget\ncounterparts: [2024-25/money]'));
    expect(problemsIn(root)).toEqual([
      { file: 'content/reports/example/2023-24/budget.mdx', field: 'counterparts.0', message: expect.stringMatching(/^No section "example\/2024-25\/money"/) },
    ]);
  });
});
