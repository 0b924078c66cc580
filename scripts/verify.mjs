// `npm test`: the one gate. Runs every check in order, counts every test, and ends with
// "N passed, N failed". Steps: content check, types, unit tests, build (with search index and
// link check), byte budgets, HTML validation of every page, browser and accessibility tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_HINT, findChromium } from './find-chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, { count } = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (count) {
    const counted = count();
    if (counted) {
      passed += counted.passed;
      failed += counted.failed;
      if (!ok && counted.failed === 0) {
        failed += 1;
        failures.push(`${name} (the runner itself failed)`);
      } else if (counted.failed > 0) failures.push(`${name}: ${counted.failed} failed`);
      return ok;
    }
  }
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

function vitestCount() {
  const file = 'test-results/vitest.json';
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
}

function playwrightCount() {
  const file = 'test-results/playwright.json';
  if (!existsSync(file)) return undefined;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
}

rmSync('test-results', { recursive: true, force: true });
step('Content check', 'npx', ['tsx', 'scripts/check-content.ts']);
step('Type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
step('Unit tests', 'npx', ['vitest', 'run'], { count: vitestCount });
const built = step('Build with search index and link check', 'npm', ['run', 'build']);
if (built) {
  step('Byte budgets', 'node', ['scripts/check-budgets.mjs']);
  step('HTML validation of every page', 'node', ['scripts/validate-html.mjs']);
  const chromium = await findChromium();
  if (!chromium) {
    console.error(`\n${CHROMIUM_HINT}`);
    failed += 1;
    failures.push('Browser tests (no Chromium)');
  } else {
    process.env.CHROMIUM_PATH = chromium;
    step('Browser and accessibility tests', 'npx', ['playwright', 'test'], { count: playwrightCount });
  }
} else {
  failures.push('Browser tests skipped: the build failed');
}

console.log('\n=== Summary');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
