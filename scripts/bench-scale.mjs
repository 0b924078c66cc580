// `npm run bench:scale [-- --sizes 10,100]`: how `npm run build` scales. Generates synthetic sites from the
// real content (the real partnerships copied N times over), builds each in a temporary folder and
// reports build time per 1,000 pages, peak memory, dist/ size, search index size, and the bytes a
// browser fetches for three typical queries (pagefind's own script in Chromium).
// Results are written to docs/PERFORMANCE.md between the scale markers.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './find-chromium.mjs';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1,10,100' }, 'dry-run': { type: 'boolean', default: false }, rebuild: { type: 'string', default: '1,10' } },
});
const rebuildSizes = values.rebuild.split(',').map(Number);
const sizes = values.sizes.split(',').map(Number);
const QUERIES = ['running away', 'allegation against a teacher', 'private fostering'];

const walk = (folder) => readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
const bytes = (folder) => (existsSync(folder) ? walk(folder).reduce((sum, file) => sum + statSync(file).size, 0) : 0);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Copies the real content, plus (copies - 1) synthetic clones of every partnership. */
function makeSite(copies) {
  const root = mkdtempSync(join(tmpdir(), `scale-${copies}x-`));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  const partnerships = readdirSync(join(content, 'partnerships')).map((name) => name.replace(/\.yaml$/, ''));
  for (let copy = 2; copy <= copies; copy += 1) {
    for (const id of partnerships) {
      const cloneId = `${id}-copy-${copy}`;
      const yaml = readFileSync(join(content, 'partnerships', `${id}.yaml`), 'utf8').replace(/^name: (.*)$/m, `name: $1 (copy ${copy})`);
      writeFileSync(join(content, 'partnerships', `${cloneId}.yaml`), yaml);
      cpSync(join('content', 'reports', id), join(content, 'reports', cloneId), { recursive: true });
    }
  }
  return root;
}

/** Serves a folder on a free port; returns the server and its address. */
async function serve(folder) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
  const server = createServer((request, response) => {
    let path = join(folder, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, resolve));
  return { server, url: `http://localhost:${server.address().port}` };
}

/** Bytes fetched from /pagefind/ for each query, in a fresh browser page, with the first five results loaded. */
async function queryBytes(dist) {
  const executablePath = await findChromium();
  if (!executablePath) return QUERIES.map(() => NaN);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  const { server, url } = await serve(dist);
  const results = [];
  for (const query of QUERIES) {
    const page = await browser.newPage();
    let total = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      total += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${url}/404.html`);
    await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
    }, query);
    await page.waitForLoadState('networkidle');
    results.push(total);
    await page.close();
  }
  server.close();
  await browser.close();
  return results;
}

const rows = [];
for (const copies of sizes) {
  const root = makeSite(copies);
  const out = join(root, 'dist');
  console.log(`\n${copies}×: building ${root} …`);
  // Wall time, CPU time (user + system) and peak memory (the largest process) from /usr/bin/time.
  // CPU time is the fairer figure when other work shares the machine.
  const timed = (args, env = {}) => {
    const load = loadavg()[0];
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 1024 * 1024 * 512,
    });
    const [wall, user, system, peakKb] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { result, wall, cpu: user + system, peak: peakKb * 1024, load };
  };
  // `npm run build` itself: astro build, the search index, the link check and the byte budgets.
  const build = timed(['node', 'scripts/build.mjs']);
  if (build.result.status !== 0) {
    // Node's default heap limit, as `npm run build` runs: no NODE_OPTIONS.
    const reason = /heap out of memory|Allocation failed/i.test(build.result.stderr + build.result.stdout) ? "ran out of memory (Node's default heap limit)" : `failed with exit code ${build.result.status}`;
    console.error(build.result.stdout.slice(-3000), build.result.stderr.slice(-1500));
    rows.push({ copies, failed: `the build ${reason} after ${build.wall.toFixed(0)} s` });
    rmSync(root, { recursive: true, force: true });
    continue;
  }
  console.log(build.result.stdout.split('\n').filter((line) => /Synced content|built in|Completed in|Building static|Generating static|^=== |Indexed|Link check|Byte budgets/.test(line)).join('\n'));
  const pages = walk(out).filter((file) => file.endsWith('.html')).length;
  const fetched = await queryBytes(out);
  const distBytes = bytes(out);
  const indexBytes = bytes(join(out, 'pagefind'));
  // Rebuild after editing one section: the content layer's cache renders only that section again.
  let rebuild;
  if (rebuildSizes.includes(copies)) {
    const section = join(root, 'content', 'reports', 'islington', '2024-25', 'lado.mdx');
    writeFileSync(section, `${readFileSync(section, 'utf8')}\nOne more sentence, added to time a rebuild.\n`);
    rebuild = timed(['node', 'scripts/build.mjs']);
  }
  const row = {
    copies,
    pages,
    seconds: build.wall,
    cpu: build.cpu,
    perThousand: (build.cpu / pages) * 1000,
    peak: build.peak,
    load: build.load,
    rebuild: rebuild ? `${rebuild.wall.toFixed(0)} s (CPU ${rebuild.cpu.toFixed(0)} s)` : '–',
    dist: distBytes,
    index: indexBytes,
    fetched,
  };
  rows.push(row);
  console.log(row);
  rmSync(root, { recursive: true, force: true });
}

const table = [
  `| size | pages | npm run build (wall) | CPU time | CPU per 1,000 pages | peak memory | rebuild after one edit | dist/ | search index | bytes fetched per query |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((row) =>
    row.failed
      ? `| ${row.copies}× | – | ${row.failed} | | | | | | | |`
      : `| ${row.copies}× | ${row.pages.toLocaleString('en-GB')} | ${row.seconds.toFixed(0)} s (load ${row.load.toFixed(1)}) | ${row.cpu.toFixed(0)} s | ${row.perThousand.toFixed(1)} s | ${mb(row.peak)} | ${row.rebuild} | ${mb(row.dist)} | ${mb(row.index)} | ${row.fetched.map((n, i) => `“${QUERIES[i]}” ${(n / 1024).toFixed(0)} KB`).join('; ')} |`,
  ),
].join('\n');
console.log(`\n${table}`);

if (!values['dry-run']) {
  const doc = 'docs/PERFORMANCE.md';
  const text = readFileSync(doc, 'utf8');
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${cpus().length} cores, shared: \"load\" is the load average when the build started) with \`npm run bench:scale\`.`;
  writeFileSync(doc, text.replace(/<!-- scale:start -->[\s\S]*<!-- scale:end -->/, `<!-- scale:start -->\n${stamp}\n\n${table}\n<!-- scale:end -->`));
  console.log(`Written to ${doc}.`);
}
mkdirSync('test-results', { recursive: true });
