// The command line runs compiled JavaScript (out/cli, made by `npm install` and scripts/build-cli.mjs),
// not TypeScript compiled at every start, and loads the core only for commands that need it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUT_DIR, STAMP, buildCli, newestSource } from '../../scripts/build-cli.mjs';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'fieldnotes.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FIELDNOTES_DATA: '' } });

function workerSources(dir = join(ROOT, 'src', 'node')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? workerSources(join(dir, e.name)) : e.name.endsWith('-worker.ts') ? [e.name] : []));
}

describe('the compiled command line', () => {
  it('holds the CLI and every worker thread it can start, built from the current sources', async () => {
    await buildCli();
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    expect(stamp.sourcesAt).toBe(newestSource());
    expect(stamp.entries).toContain('src/node/cli/main.ts');
    const workers = workerSources();
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(statSync(join(OUT_DIR, w.replace(/\.ts$/, '.js'))).size).toBeGreaterThan(0);
  });

  it('loads neither the SQLite driver nor the format libraries to print its version or usage', () => {
    const main = readFileSync(join(OUT_DIR, 'main.js'), 'utf8');
    const eager = [...main.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)].map((m) => m[1]);
    for (const pkg of ['better-sqlite3', 'exceljs', 'docx', 'linkedom', 'mammoth', 'pdfjs-dist']) expect(eager).not.toContain(pkg);
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('imports and lists through the compiled build, parse workers included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-cli-build-'));
    dirs.push(dir);
    const imported = run('--data', dir, 'import', join(ROOT, 'tests/fixtures/synthetic-news-page.html'));
    expect(imported.status, imported.stderr).toBe(0);
    const id = JSON.parse(imported.stdout).id;
    const listed = run('--data', dir, 'list', '--json');
    expect(JSON.parse(listed.stdout).map((a: { id: string }) => a.id)).toEqual([id]);
  });

  it('rebuilds itself when a source is newer than the build', async () => {
    await buildCli();
    const before = JSON.parse(readFileSync(STAMP, 'utf8')).sourcesAt;
    const source = join(ROOT, 'src', 'shared', 'version.ts');
    const { atime, mtime } = statSync(source);
    const later = new Date(Math.max(Date.now(), before + 2000));
    utimesSync(source, later, later);
    try {
      expect(run('--version').status).toBe(0);
      expect(JSON.parse(readFileSync(STAMP, 'utf8')).sourcesAt).toBeGreaterThan(before);
    } finally {
      utimesSync(source, atime, mtime);
      await buildCli();
    }
  });
});
