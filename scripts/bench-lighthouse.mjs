// `npm run bench:lighthouse`: Lighthouse (mobile) on the home page, a section with charts, a young
// people's page and the search page, with Debian's Chromium. Lighthouse is installed on demand with
// npx so that it is not a project dependency. Writes the scores to docs/PERFORMANCE.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const PORT = 4410;
const chromium = await findChromium();
if (!chromium) {
  console.error('bench:lighthouse needs Chromium: sudo apt-get install -y chromium, or set CHROMIUM_PATH.');
  process.exit(1);
}
const dist = process.env.OUT_DIR ?? 'dist';
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind'))) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });

// A section with charts: the first section page whose HTML has a chart.
const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
const isSection = (path) => path.split('/').length === 5 && !/\/(print|young-people)\/$/.test(path);
const withChart = paths.find((path) => isSection(path) && readFileSync(join(dist, path, 'index.html'), 'utf8').includes('data-chart='));
const young = paths.find((path) => path.endsWith('/young-people/'));
const pages = [
  ['Home page', '/'],
  ['Section with charts', withChart],
  ["Young people's page", young],
  ['Search page (with a query)', '/search/?q=running+away'],
];

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 4000));
const rows = [];
try {
  for (const [name, path] of pages) {
    const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
    const run = spawnSync(
      'npx',
      [
        '--yes',
        'lighthouse@12',
        `http://localhost:${PORT}${path}`,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-path=${chromium}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromium } },
    );
    if (!existsSync(out)) {
      console.error(run.stdout?.slice(-1500), run.stderr?.slice(-1500));
      throw new Error(`Lighthouse did not produce a report for ${path}`);
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(report.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => audit.id);
    rows.push({ name, path, scores: ['performance', 'accessibility', 'best-practices', 'seo'].map(score), failing });
    console.log(name, path, rows.at(-1).scores.join(' / '), failing.join(', '));
  }
} finally {
  server.kill();
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} with Lighthouse 12 (mobile emulation, simulated throttling) and Debian's Chromium.`,
  '',
  '| page | path | performance | accessibility | best practices | SEO | audits below 90 |',
  '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((row) => `| ${row.name} | \`${row.path}\` | ${row.scores.join(' | ')} | ${row.failing.join(', ') || 'none'} |`),
].join('\n');
const doc = 'docs/PERFORMANCE.md';
writeFileSync(doc, readFileSync(doc, 'utf8').replace(/<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/, `<!-- lighthouse:start -->\n${table}\n<!-- lighthouse:end -->`));
console.log(`\n${table}\nWritten to ${doc}.`);
