// Vitest global setup: compile the command line once before the tests that run it, so parallel
// test files never race to rebuild it (bin/fieldnotes.mjs would otherwise rebuild a stale build).
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
