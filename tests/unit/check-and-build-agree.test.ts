// The content check and the build read every YAML file with one reader (src/lib/yaml-files.ts):
// for each bad file below, `npm run check:content` and the build's content loaders (run here with
// `astro sync`, the build's first stage) fail with the same message, naming the same file and field.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, problemsIn } from './helpers';

/** Runs the build's content stage on a fixture copy. Asynchronous, so the worker stays responsive. */
function sync(root: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'sync'], { env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

const PARTNERSHIP = 'content/partnerships/example.yaml';
const METRIC = 'content/metrics/lado-contacts.yaml';
const GLOSSARY = 'content/glossary/lado.yaml';
const REPORT = 'content/reports/example/2024-25/report.yaml';
const CONTACTS = 'content/help/contacts.yaml';
const TOPICS = 'content/help/topics.yaml';
const POPULAR = 'content/help/popular-topics.yaml';

const text = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

/** Each bad fixture: a name, and how to break a fresh copy of the valid fixture site. */
const FIXTURES: [string, (root: string) => void][] = [
  ['a tab in a partnership file', (root) => edit(root, PARTNERSHIP, (t) => t.replace('shortName: ESCP', '\tshortName: ESCP'))],
  ['a YAML syntax error in a glossary entry', (root) => edit(root, GLOSSARY, (t) => `${t}broken: [unclosed\n`)],
  ['a byte-order mark in a metric file', (root) => writeFileSync(join(root, METRIC), `\uFEFF${text(root, METRIC)}`)],
  ['a wrong value in a metric file', (root) => edit(root, METRIC, (t) => t.replace('unit: count', 'unit: pounds'))],
  ['a .yml file in the glossary', (root) => writeFileSync(join(root, 'content/glossary/escp-again.yml'), text(root, GLOSSARY))],
  ['a hidden file among the metrics', (root) => writeFileSync(join(root, 'content/metrics/.draft.yaml'), text(root, METRIC))],
  ['an editor’s lock file among the partnerships', (root) => writeFileSync(join(root, 'content/partnerships/.#example.yaml'), '')],
  ['a stray file among the glossary entries', (root) => writeFileSync(join(root, 'content/glossary/notes.txt'), 'to do')],
  ['a word instead of a number in report.yaml', (root) => edit(root, REPORT, (t) => t.replace(/^pageCount: .*$/m, 'pageCount: many'))],
  ['a YAML error in a young people’s edition', (root) => writeFileSync(join(root, 'content/reports/example/2024-25/young-people.yaml'), 'title: [unclosed\n')],
  ['two help contacts with one id', (root) => edit(root, CONTACTS, (t) => `${t}${/^- id: emergency\n(?: {2}.*\n)*/m.exec(t)![0]}`)],
  ['a help-topics file written as a list', (root) => writeFileSync(join(root, TOPICS), '- general\n')],
  ['a most-read topic without an id', (root) => edit(root, POPULAR, (t) => t.replace(/^- id: .*\n {2}/m, '- '))],
];

describe('the content check and the build agree on every bad YAML file', () => {
  for (const [name, breakIt] of FIXTURES) {
    it(`${name}: both fail, with the same file, field and message`, { timeout: 60_000 }, async () => {
      const root = copyFixture();
      breakIt(root);
      const problems = problemsIn(root);
      expect(problems.length, 'the content check finds the problem').toBeGreaterThan(0);
      const { status, output } = await sync(root);
      expect(status, output.slice(-1500)).not.toBe(0);
      for (const problem of problems) {
        // The build names files from the project root, the check from the content folder's parent.
        expect(output).toContain(problem.file.replace(/^content\//, '/content/'));
        expect(output).toContain(`  - ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
      }
    });
  }

  it('the valid fixture passes both', { timeout: 60_000 }, async () => {
    const root = copyFixture();
    expect(problemsIn(root)).toEqual([]);
    const { status, output } = await sync(root);
    expect(status, output.slice(-1500)).toBe(0);
  });
});
