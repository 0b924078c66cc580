// Byte budgets, in gzip bytes so the check is stable on a noisy machine. Fails naming the page and
// the bytes. Usage: node scripts/check-budgets.mjs [folder] (default: $OUT_DIR, else dist)
//  - HTML plus CSS of any page: at most 50 KB, except a report's print page, which holds the whole
//    report on one page by design (at most 150 KB; readers who print want everything at once);
//  - JavaScript on a page without charts (search aside): at most 2 KB (the leave-this-site control);
//  - JavaScript on a page with charts, chart.js included: at most 70 KB;
//  - no web fonts;
//  - no file in public/ (copied as-is into every build) larger than 500 KB: an image or document
//    that big belongs on a file host, or needs compressing first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const KB = 1024;
const BUDGET = { htmlCss: 50 * KB, printHtmlCss: 150 * KB, plainJs: 2 * KB, chartJs: 70 * KB, publicFile: 500 * KB };
const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));

const walk = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const gz = (path) => gzipSync(readFileSync(path)).length;
const file = (url) => join(dist, url.split('?')[0]);

/** A script and every module it imports, statically or dynamically (chart.js is loaded on demand). */
function scriptClosure(url, seen = new Set()) {
  if (seen.has(url) || !existsSync(file(url))) return seen;
  seen.add(url);
  const code = readFileSync(file(url), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    scriptClosure(new URL(match[1], `http://x${url}`).pathname, seen);
  }
  return seen;
}

const problems = [];
const rows = [];
const files = walk(dist);
if (files.some((path) => /\.(woff2?|ttf|otf|eot)$/.test(path))) problems.push(`${dist} holds web font files: use the system font stack.`);
for (const path of existsSync(PUBLIC) ? walk(PUBLIC) : []) {
  const size = statSync(path).size;
  if (size > BUDGET.publicFile) {
    problems.push(`public/${relative(PUBLIC, path).split(sep).join('/')} is ${(size / KB).toFixed(0)} KB (budget ${BUDGET.publicFile / KB} KB per file): compress it, or link to it where it is already published.`);
  }
}

for (const page of files.filter((path) => path.endsWith('.html'))) {
  const url = `/${relative(dist, page).split(sep).join('/')}`;
  const html = readFileSync(page, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
  const htmlCss = gzipSync(html).length + css.reduce((sum, href) => sum + (existsSync(file(href)) ? gz(file(href)) : 0), 0);
  const js = [...new Set(scripts.flatMap((src) => [...scriptClosure(src)]))].reduce((sum, src) => sum + gz(file(src)), 0);
  const hasCharts = html.includes('data-chart=');
  const isSearch = url.startsWith('/search/');
  rows.push({ url, htmlCss, js });
  const htmlCssBudget = url.endsWith('/print/index.html') ? BUDGET.printHtmlCss : BUDGET.htmlCss;
  if (htmlCss > htmlCssBudget) problems.push(`${url}: HTML + CSS is ${htmlCss} bytes gzipped (budget ${htmlCssBudget}).`);
  if (!hasCharts && !isSearch && js > BUDGET.plainJs) problems.push(`${url}: ${js} bytes of JavaScript gzipped on a page without charts (budget ${BUDGET.plainJs}).`);
  if (hasCharts && js > BUDGET.chartJs) problems.push(`${url}: ${js} bytes of JavaScript gzipped with charts (budget ${BUDGET.chartJs}).`);
}

const largest = [...rows].filter((row) => !row.url.endsWith('/print/index.html')).sort((a, b) => b.htmlCss - a.htmlCss)[0];
if (problems.length) {
  console.error(`Byte budgets broken:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`Byte budgets met on ${rows.length} pages. Largest HTML + CSS: ${largest?.url} at ${largest?.htmlCss} bytes gzipped.`);
