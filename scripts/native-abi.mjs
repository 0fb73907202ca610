#!/usr/bin/env node
// Keeps better-sqlite3's native module ready for both runtimes, side by side:
// - Node's build stays in build/Release (tests, the CLI, browser mode);
// - Electron's build is kept in build/electron-VERSION/ (the desktop app picks it with
//   better-sqlite3's nativeBinding option, see src/node/db/native-binding.ts).
// `node scripts/native-abi.mjs node`     before tests, the CLI and browser mode
// `node scripts/native-abi.mjs electron` before the desktop app starts
// Each builds only what is missing, so after the first `npm start` switching never rebuilds.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const BINDING = 'better_sqlite3.node';

/** Electron's build folder inside the driver's package (the same rule as native-binding.ts). */
export function electronBuildDir(electronVersion) {
  return join('build', `electron-${electronVersion}`);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function loadsInNode() {
  const probe = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

function ensureNode() {
  if (loadsInNode()) return;
  console.error('Rebuilding better-sqlite3 for Node ' + process.version + ' ...');
  run('npm', ['rebuild', 'better-sqlite3']);
  if (!loadsInNode()) {
    throw new Error('better-sqlite3 still does not load in Node; remove node_modules and run npm ci.');
  }
}

function ensureElectron(moduleDir) {
  const electronVersion = require('electron/package.json').version;
  const target = join(moduleDir, electronBuildDir(electronVersion), BINDING);
  if (existsSync(target)) return;
  ensureNode();
  // electron-builder rebuilds in place: keep Node's build aside, move Electron's to its own
  // folder, and put Node's back.
  const release = join(moduleDir, 'build', 'Release', BINDING);
  const aside = release + '.node-build';
  copyFileSync(release, aside);
  try {
    console.error('Building better-sqlite3 for Electron ' + electronVersion + ' (once) ...');
    run('npx', ['electron-builder', 'install-app-deps']);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(release, target);
  } finally {
    renameSync(aside, release);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const which = process.argv[2];
  if (which !== 'node' && which !== 'electron') {
    console.error('usage: native-abi.mjs node|electron');
    process.exit(2);
  }
  const moduleDir = dirname(require.resolve('better-sqlite3/package.json'));
  // A marker from earlier versions of this script, which rebuilt in place, is no longer used.
  rmSync(join(moduleDir, 'build', 'fieldnotes-abi.txt'), { force: true });
  try {
    if (which === 'node') ensureNode();
    else ensureElectron(moduleDir);
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
}
