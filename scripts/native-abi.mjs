#!/usr/bin/env node
// Makes sure better-sqlite3's native module is built for the runtime about to load it.
// `node scripts/native-abi.mjs node`     before tests, the CLI and browser mode (Node's ABI)
// `node scripts/native-abi.mjs electron` before the desktop app starts (Electron's ABI)
// Start and test therefore work in either order.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: native-abi.mjs node|electron');
  process.exit(2);
}
const moduleDir = dirname(require.resolve('better-sqlite3/package.json'));
const marker = join(moduleDir, 'build', 'fieldnotes-abi.txt');
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function loadsInNode() {
  const probe = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

if (target === 'node') {
  if (current === 'node' && loadsInNode()) process.exit(0);
  console.error('Rebuilding better-sqlite3 for Node ' + process.version + ' ...');
  run('npm', ['rebuild', 'better-sqlite3']);
  if (!loadsInNode()) {
    console.error('better-sqlite3 still does not load in Node; remove node_modules and run npm ci.');
    process.exit(1);
  }
  // The next `npm start` must see that the module is Node's again, and rebuild it for Electron.
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, 'node\n');
} else {
  const electronVersion = require('electron/package.json').version;
  const wanted = 'electron-' + electronVersion;
  if (current === wanted) process.exit(0);
  console.error('Rebuilding better-sqlite3 for Electron ' + electronVersion + ' ...');
  run('npx', ['electron-builder', 'install-app-deps']);
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, wanted + '\n');
}
