// After every build: reads all of dist/ and fails on any internal link or #anchor that does not
// resolve, naming the page and the link. Usage: node scripts/check-links.mjs [folder] (default: $OUT_DIR, else dist)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

/** Every file under a folder. */
function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The URL path a built HTML file is served at. */
function pagePath(file) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The built file a URL path resolves to, or undefined. */
function resolveFile(path) {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const ids = new Map();
function idsOf(file) {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
  }
  return ids.get(file);
}

const problems = [];
const pages = walk(dist).filter((file) => file.endsWith('.html'));
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const from = pagePath(file);
  for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const raw = match[1].replace(/&amp;/g, '&');
    if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue; // other origins, tel:, mailto:
    const url = new URL(raw, `http://site.invalid${from}`);
    if (url.pathname.startsWith('/pagefind/') && !existsSync(join(dist, 'pagefind'))) continue;
    const target = resolveFile(url.pathname);
    if (!target) {
      problems.push(`${from}: link to ${raw} goes nowhere (no file for ${url.pathname})`);
      continue;
    }
    if (url.hash && target.endsWith('.html')) {
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsOf(target).has(anchor)) problems.push(`${from}: link to ${raw} names #${anchor}, which is not on ${url.pathname}`);
    }
  }
}

if (problems.length) {
  console.error(`Link check failed: ${problems.length} broken link${problems.length === 1 ? '' : 's'}:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`Link check passed: ${pages.length} pages, every internal link and anchor resolves.`);
