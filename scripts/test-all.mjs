#!/usr/bin/env node
// The test command: type check, build the CLI and the UI, run Vitest (unit + integration on real SQLite files)
// and Playwright (the real UI in Chromium, browser mode), then print one totals line:
// "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'fieldnotes-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (step('type check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) broken.push('type check');
if (step('build the CLI', process.execPath, ['scripts/build-cli.mjs']) !== 0) broken.push('CLI build');
if (step('build the UI', npx, ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']) !== 0) broken.push('UI build');

const vitestOut = join(reports, 'vitest.json');
const vitestCode = step('vitest', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`]);
const vitest = readJson(vitestOut);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (!vitest || (vitestCode !== 0 && vitest.numFailedTests === 0)) broken.push('vitest');

const playwrightOut = join(reports, 'playwright.json');
const playwrightCode = step('playwright', npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightOut });
const playwright = readJson(playwrightOut);
if (playwright?.stats) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
if (!playwright?.stats || (playwrightCode !== 0 && playwright.stats.unexpected === 0)) broken.push('playwright');

rmSync(reports, { recursive: true, force: true });
if (broken.length) console.log(`\nFailed to run cleanly: ${broken.join(', ')}`);
totals.failed += broken.length;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
