// `npm run build`: an atomic build. Builds the site into a temporary folder beside the output
// folder (`dist/`, or `$OUT_DIR`), indexes it for search, checks every internal link and anchor and
// the byte budgets on THAT folder, and only when every step passed swaps it in place of the output
// folder. When any step fails, the temporary folder is removed and the previous site is left exactly
// as it was, so a deploy step that ignores the exit code still publishes the last good site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.env.OUT_DIR ?? join(projectRoot, 'dist'));
const shown = relative(process.cwd(), out) || out;
const bin = (name) => join(projectRoot, 'node_modules', '.bin', name);

/** Temporary folders live beside the output (same file system, so the swap is a rename) and start with a dot. */
const TEMP_PREFIX = `.${basename(out)}-`;
mkdirSync(dirname(out), { recursive: true });
// One fixed name, not a random one: Astro keeps its content cache only while its config (the output
// folder included) is unchanged, so a new name each time would render every section on every build.
// A folder left by a build that was killed outright is removed first.
const temp = join(dirname(out), `${TEMP_PREFIX}building`);
rmSync(temp, { recursive: true, force: true });
mkdirSync(temp);
let old;

function cleanUp() {
  rmSync(temp, { recursive: true, force: true });
  if (old && existsSync(old)) {
    // Interrupted mid-swap: put the previous site back.
    if (!existsSync(out)) renameSync(old, out);
    else rmSync(old, { recursive: true, force: true });
  }
}

function fail(step, status) {
  cleanUp();
  console.error(`\nBuild failed at "${step}"${status === null ? ' (interrupted)' : ` (exit code ${status})`}.`);
  console.error(`Nothing was published: ${shown} is unchanged${existsSync(out) ? '' : ' (there was no previous site)'}. Fix the problem above and run the build again.`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    console.error(`\nBuild stopped by ${signal}: ${shown} is unchanged.`);
    process.exit(130);
  });
}

const env = { ...process.env, OUT_DIR: temp, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [
  ['astro build', bin('astro'), ['build']],
  ['search index (pagefind)', bin('pagefind'), ['--site', temp]],
  ['link check', process.execPath, [join(projectRoot, 'scripts', 'check-links.mjs'), temp]],
  ['byte budgets', process.execPath, [join(projectRoot, 'scripts', 'check-budgets.mjs'), temp]],
];

/**
 * When the output folder is outside the project, Astro builds its server chunks in the project's
 * `.astro/` folder and then copies that whole folder into the output, with its generated files
 * (collection schemas, content module maps). None of them is part of the site: remove them.
 */
function removeAstroLeftovers(folder) {
  for (const name of ['content-assets.mjs', 'content-modules.mjs', 'data-store.json', 'types.d.ts', 'settings.json']) rmSync(join(folder, name), { force: true });
  const collections = join(folder, 'collections');
  if (existsSync(collections)) {
    for (const name of readdirSync(collections)) if (name.endsWith('.schema.json')) rmSync(join(collections, name));
    if (readdirSync(collections).length === 0) rmSync(collections, { recursive: true });
  }
}

for (const [step, command, args] of steps) {
  console.log(`\n=== ${step}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: projectRoot });
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) fail(step, result.status);
  if (step === 'astro build') removeAstroLeftovers(temp);
}

// Every step passed: move the old site aside, the new one in, then remove the old one.
if (existsSync(out)) {
  old = mkdtempSync(join(dirname(out), `${TEMP_PREFIX}previous-`));
  rmSync(old, { recursive: true });
  renameSync(out, old);
}
renameSync(temp, out);
if (old) rmSync(old, { recursive: true, force: true });
old = undefined;

console.log(`\nBuild complete: ${shown} holds the new site.`);
