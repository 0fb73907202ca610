// The command line's start-up, against a bare `node -e 0` run the same way in the same process:
// what our own code adds to every `fieldnotes` command (targets: --version <= 5x, list --json <= 8x).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { record } from './results';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'fieldnotes.mjs');
const ROUNDS = 11;

function medianMs(args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FIELDNOTES_DATA: '' } });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return runs.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

export async function benchCli(): Promise<void> {
  await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-cli-'));
  try {
    spawnSync(process.execPath, [BIN, '--data', dir, 'import', join(ROOT, 'tests/fixtures/syria-coast-2025-03.txt'), join(ROOT, 'tests/fixtures/synthetic-arabic-brief.txt')], { cwd: ROOT });
    console.log(`Command line start-up (median of ${ROUNDS} runs)\n`);
    const bare = medianMs(['-e', '0']);
    console.log(`  ${'node -e 0 (baseline)'.padEnd(40)} ${bare.toFixed(1).padStart(9)} ms`);
    for (const [label, args, target] of [
      ['fieldnotes --version', [BIN, '--version'], 5],
      ['fieldnotes list --json (2 articles)', [BIN, '--data', dir, 'list', '--json'], 8],
    ] as const) {
      const ms = medianMs([...args]);
      console.log(`  ${label.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms  => ${(ms / bare).toFixed(1)}x (target <= ${target}x)`);
      record({ name: `CLI start: ${label}`, value: ms, baseline: bare, target });
    }
    console.log('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
