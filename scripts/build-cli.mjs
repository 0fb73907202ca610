#!/usr/bin/env node
// Compiles the command line (src/node/cli/main.ts) and every worker thread it starts
// (src/node/**/*-worker.ts) into out/cli/ with esbuild, once, so `fieldnotes` runs plain
// JavaScript instead of compiling TypeScript at every start. Packages stay in node_modules
// (better-sqlite3 is native; pdf.js, mammoth and the rest load as they are).
// Run by `npm install` (the prepare script) and again by bin/fieldnotes.mjs when a source is newer.
import { readdirSync, statSync, writeFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'out', 'cli');
export const STAMP = join(OUT_DIR, 'build-stamp.json');

/** Every TypeScript source the CLI bundle can contain, with the newest modification time. */
export function newestSource(dir = join(ROOT, 'src')) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function workerEntries(dir = join(ROOT, 'src', 'node'), found = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) workerEntries(path, found);
    else if (entry.name.endsWith('-worker.ts')) found[entry.name.replace(/\.ts$/, '')] = path;
  }
  return found;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const sourcesAt = newestSource();
  const entryPoints = { main: join(ROOT, 'src', 'node', 'cli', 'main.ts'), ...workerEntries() };
  mkdirSync(OUT_DIR, { recursive: true });
  const result = await build({
    entryPoints,
    write: false,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Workers sit next to the module that starts them (new URL('./x-worker.js', import.meta.url)); what
    // only some commands need is split into chunks loaded on first use.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Each file is written aside and renamed into place, so a CLI starting while another one
  // rebuilds never loads half a file.
  const files = [...result.outputFiles, { path: STAMP, contents: Buffer.from(JSON.stringify({ sourcesAt, entries: Object.values(entryPoints).map((p) => relative(ROOT, p)) }, null, 2) + '\n') }];
  for (const file of files) {
    const aside = `${file.path}.${process.pid}.tmp`;
    writeFileSync(aside, file.contents);
    renameSync(aside, file.path);
  }
  // Chunks of earlier builds (their names carry a content hash) are no longer referenced.
  const current = new Set(files.map((f) => f.path));
  for (const name of readdirSync(OUT_DIR)) {
    if (name.startsWith('chunk-') && !current.has(join(OUT_DIR, name))) rmSync(join(OUT_DIR, name), { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
