#!/usr/bin/env node
// `npx fieldnotes ...`: the command line, over the same API registry as the app. It runs the
// compiled build in out/cli/ (made by `npm install`, see scripts/build-cli.mjs); in a checkout
// whose sources are newer than that build it rebuilds it first (a fraction of a second).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'out', 'cli', 'main.js');

async function ensureBuilt() {
  const script = join(root, 'scripts', 'build-cli.mjs');
  if (!existsSync(join(root, 'src'))) return; // an installed package ships the build only
  const { buildCli, newestSource, STAMP } = await import(pathToFileURL(script).href);
  let builtFrom = -1;
  try {
    builtFrom = JSON.parse(readFileSync(STAMP, 'utf8')).sourcesAt;
  } catch {
    // no build yet
  }
  if (!existsSync(compiled) || newestSource() > builtFrom) await buildCli();
}

try {
  await ensureBuilt();
  const { main } = await import(pathToFileURL(compiled).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = String(error?.message ?? error);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    process.stderr.write('fieldnotes: the SQLite driver is built for the desktop app; run "node scripts/native-abi.mjs node" once, then try again.\n');
  } else {
    process.stderr.write(`fieldnotes: ${message.split('\n')[0]}\n`);
  }
  process.exitCode = 1;
}
