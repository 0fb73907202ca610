import { main } from '../../src/node/cli/main';

/** Runs the CLI's main() in this process (the spawned command is covered by cli.test.ts). */
export async function runCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
