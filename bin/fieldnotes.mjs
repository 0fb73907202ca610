#!/usr/bin/env node
// `npx fieldnotes ...`: runs the TypeScript CLI through tsx, over the same API registry as the app.
import { register } from 'tsx/esm/api';

register();
try {
  const { main } = await import('../src/node/cli/main.ts');
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
