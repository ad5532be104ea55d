#!/usr/bin/env node
/**
 * `npm test`: lints (ESLint + Prettier), typechecks (each process's tsconfig),
 * builds the app, runs the unit tests (vitest, Node) and the browser tests
 * (Playwright, Debian Chromium), and ends with one line
 * `N passed, N failed, N skipped` counting every test that ran, plus one
 * passed or failed check each for lint and typecheck. Exits non-zero when a
 * step fails or any test fails. A failing lint or typecheck does not stop the
 * tests: the run reports everything that is wrong at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
const UNIT_REPORT = `${RESULTS}/unit.json`;
const E2E_REPORT = `${RESULTS}/e2e.json`;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
mkdirSync(RESULTS, { recursive: true });

const checks = { passed: 0, failed: 0 };
for (const [name, script] of [
  ['lint', 'lint'],
  ['typecheck', 'typecheck'],
]) {
  const status = run('npm', ['run', '--silent', script]);
  if (status === 0) checks.passed += 1;
  else {
    checks.failed += 1;
    console.error(`\n${name} failed (see above). \`npm run format\` fixes formatting and import order.`);
  }
}

const buildStatus = run('npm', ['run', '--silent', 'build']);
if (buildStatus !== 0) {
  console.error('\nThe build failed, so no test ran. Fix the build errors above.');
  console.log(`${checks.passed} passed, ${checks.failed + 1} failed`);
  process.exit(1);
}

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`]);
const e2eStatus = run('npx', ['playwright', 'test']);

const unit = readJson(UNIT_REPORT);
const e2e = readJson(E2E_REPORT);
const counts = { passed: checks.passed, failed: checks.failed, skipped: 0 };
if (unit) {
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
  counts.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else {
  console.error(`No unit-test report at ${UNIT_REPORT}: counting the unit run as one failure.`);
  counts.failed += 1;
}
if (e2e) {
  counts.passed += e2e.stats.expected + e2e.stats.flaky;
  counts.failed += e2e.stats.unexpected;
  counts.skipped += e2e.stats.skipped;
} else {
  console.error(`No browser-test report at ${E2E_REPORT}: counting the browser run as one failure.`);
  counts.failed += 1;
}

const flakyNote = e2e?.stats.flaky ? ` (${e2e.stats.flaky} of them flaky: failed once, passed on retry)` : '';
console.log(`\nlint and typecheck: ${checks.passed} passed, ${checks.failed} failed`);
console.log(
  `unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}; browser: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed${flakyNote}, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped` : 'no report'}`,
);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
const ranNothing = counts.passed + counts.failed - checks.passed - checks.failed === 0;
process.exit(unitStatus !== 0 || e2eStatus !== 0 || counts.failed > 0 || ranNothing ? 1 : 0);
