#!/usr/bin/env node
// `npm test`: what CI checks, minus installs. Lint, typecheck, the electronegativity audit,
// unit tests, build, end-to-end tests in Chromium; then one closing line
// `tests: N passed, N failed` summing every runner (a failed lint, typecheck, audit or build
// counts as one failed test). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`npm test needs Node.js >= 22.13 (this is ${process.version}); run "source scripts/ensure-node.sh" first.`);
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function step(name, command, args) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = result.status === 0;
  console.log(`── ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

/** A vitest run whose counts come from its JSON report. */
function vitest(name, args) {
  const report = `test-results/${name}.json`;
  rmSync(report, { force: true });
  const ok = step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    totals.failed += 1;
    return;
  }
  const { numPassedTests, numFailedTests, numTotalTests } = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += numPassedTests;
  totals.failed += numFailedTests;
  if (numTotalTests === 0 || (!ok && numFailedTests === 0)) totals.failed += 1;
}

function check(name, command, args) {
  if (!step(name, command, args)) totals.failed += 1;
  else totals.passed += 1;
}

check('lint', 'npx', ['eslint', '.']);
check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('electronegativity', 'node', ['scripts/electronegativity-audit.mjs']);
vitest('unit', []);
const built = step('build', 'npx', ['electron-vite', 'build']);
if (built) vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
else totals.failed += 1;

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
