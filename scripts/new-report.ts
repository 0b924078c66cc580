// `npm run new-report -- --partnership islington --period 2025-26 [--kind annual-report] [--from 2024-25] [--root .]`
// Scaffolds a new draft report from the partnership's latest report of that kind: the same
// sections with their titles, themes, headings and catalogue measures, every text replaced by a
// "TODO:" writing prompt and every value left empty. The draft shows in `npm run dev` only.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { parseYaml, readContentText, splitFrontmatter } from '../src/lib/mdx/files';
import { renderSectionBody } from '../src/lib/mdx/render';
import { RESERVED_REPORT_SLUGS, slugProblem } from '../src/lib/validate';
import { ReportKindSchema } from '../src/schemas/report';

const { values } = parseArgs({
  options: {
    partnership: { type: 'string' },
    period: { type: 'string' },
    kind: { type: 'string', default: 'annual-report' },
    from: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});

function fail(message: string): never {
  console.error(`new-report: ${message}`);
  process.exit(1);
}

const { partnership, period, kind, root } = values;
if (!partnership || !period) fail('give --partnership <id> and --period <label>, e.g. --partnership islington --period 2025-26');
// The same rules as the content check: each becomes part of a web address and a folder name, so
// nothing like "../" can write outside content/.
for (const [option, value, what] of [
  ['--partnership', partnership, 'partnership'],
  ['--period', period, 'period (the report folder name)'],
  ['--from', values.from, 'report to start from'],
] as const) {
  const problem = value === undefined ? undefined : slugProblem(value, what);
  if (problem) fail(`${option}: ${problem.replace(/ Rename it\.$/, '')}`);
}
if (RESERVED_REPORT_SLUGS.includes(period)) fail(`--period: "${period}" is a page of the site itself; choose another name.`);
if (!ReportKindSchema.options.includes(kind as never)) fail(`--kind: "${kind}" is not a kind of document; use one of ${ReportKindSchema.options.join(', ')}.`);
const reportsDir = join(root!, 'content', 'reports', partnership);
if (!existsSync(join(root!, 'content', 'partnerships', `${partnership}.yaml`))) fail(`there is no partnership "${partnership}" in content/partnerships/.`);
const target = join(reportsDir, period);
if (existsSync(target)) fail(`${target} already exists.`);

interface ReportYaml {
  kind: string;
  title: string;
  shortTitle: string;
  period: { start: string; end: string; label: string };
  citation: { publisher: string };
  [key: string]: unknown;
}
const reports = readdirSync(reportsDir)
  .filter((slug) => existsSync(join(reportsDir, slug, 'report.yaml')))
  .map((slug) => ({ slug, data: parse(readFileSync(join(reportsDir, slug, 'report.yaml'), 'utf8')) as ReportYaml }))
  .filter((report) => report.data.kind === kind)
  .sort((a, b) => String(b.data.period.start).localeCompare(String(a.data.period.start)));
const source = values.from ? reports.find((report) => report.slug === values.from) : reports[0];
if (!source) fail(`no ${kind} of "${partnership}" to start from${values.from ? ` called "${values.from}"` : ''}.`);

const TODO = (what: string) => `TODO: ${what}`;
const yearOf = (label: string) => Number(/\d{4}/.exec(label)?.[0] ?? NaN);
const shift = yearOf(period) - yearOf(source.data.period.label);
if (Number.isNaN(shift)) fail(`cannot read a year from "${period}" or "${source.data.period.label}".`);
const shiftDate = (date: string) => {
  const day = new Date(date);
  day.setUTCFullYear(day.getUTCFullYear() + shift);
  return day.toISOString().slice(0, 10);
};

mkdirSync(target, { recursive: true });
const report = {
  kind,
  draft: true,
  title: source.data.title.replaceAll(source.data.period.label, period),
  shortTitle: source.data.shortTitle.replaceAll(source.data.period.label, period),
  period: { start: shiftDate(String(source.data.period.start)), end: shiftDate(String(source.data.period.end)), label: period },
  citation: {
    publisher: source.data.citation.publisher,
    title: TODO('the source document\'s title as printed on it'),
  },
  source: TODO('the file name of the source document (editors only, never shown)'),
  // Placeholder: set it to the number of pages in the new source document.
  pageCount: 1,
  summary: TODO('two or three sentences on what this report covers.'),
  youngPeopleIntro: TODO('write a short, friendly welcome for young people.'),
  themes: source.data.themes ?? [],
};
writeFileSync(join(target, 'report.yaml'), `# Draft scaffolded from ${source.slug}. Set pageCount to the source document's length; remove "draft: true" when every TODO is done.\n${stringify(report)}`);

const emptyMetric = (metric: Record<string, unknown>) => ({
  ...(metric.id ? { id: metric.id } : {}),
  label: metric.label,
  value: null,
  sourceText: 'not yet added',
  note: TODO(`add the ${period} figure, its period and source page.`),
  unit: metric.unit,
  period,
  sourcePage: 1,
  ...(metric.catalogue ? { catalogue: metric.catalogue } : {}),
});

let count = 0;
for (const name of readdirSync(join(reportsDir, source.slug)).filter((file) => file.endsWith('.mdx'))) {
  // The same reader as the build and the content check (src/lib/mdx/files.ts).
  const { frontmatter, body } = splitFrontmatter(readContentText(join(reportsDir, source.slug, name)));
  const data = parseYaml(frontmatter, 1) as Record<string, unknown>;
  const section = {
    title: data.title,
    order: data.order,
    theme: data.theme,
    summary: TODO('one sentence on what this section is about.'),
    ...(data.responsible ? { responsible: data.responsible } : {}),
    priorities: data.priorities ?? [],
    sourcePages: [1],
    help: data.help ?? 'general',
    alsoCalled: data.alsoCalled ?? [],
    ...(data.topic ? { topic: data.topic } : {}),
    metrics: ((data.metrics as Record<string, unknown>[] | undefined) ?? []).map(emptyMetric),
    youngPeople: {
      summary: TODO('write a few short sentences for young readers.'),
      points: [],
      forYou: TODO('say what this means for young people.'),
    },
  };
  const headings = body.split('\n').filter((line) => /^#{2,3} /.test(line));
  const prompts = headings.length
    ? headings.map((heading) => `${heading}\n\n${TODO('write this part in your own words from the new report.')}\n`).join('\n')
    : `${TODO('write this section in your own words from the new report.')}\n`;
  // Name the site's components the old section used, in an MDX comment (which is safe: nothing runs).
  const used = [...new Set([...body.matchAll(/<([A-Z][A-Za-z]+)/g)].map((match) => match[1]))];
  const hint = used.length ? `\n{/* Last time this section used ${used.map((name) => `<${name}>`).join(', ')}: see docs/CONTENT-GUIDE.md. */}\n` : '';
  const text = `---\n${stringify(section)}---\n\n${prompts}${hint}`;
  const check = renderSectionBody(splitFrontmatter(text).body, { file: name, frontmatter: section, firstNote: 1, contentDir: join(root!, 'content'), bodyLine: 1 });
  if (check.problems.length) fail(`the scaffold of ${name} would not render: ${check.problems[0]!.message}`);
  writeFileSync(join(target, name), text);
  count += 1;
}

console.log(`Created ${target} as a draft with ${count} sections, from ${source.slug}.`);
console.log('Preview it with `npm run dev`; fill in every TODO; then remove `draft: true` from report.yaml.');
