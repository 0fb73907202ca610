import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/node/api/registry';
import { backupDir, createBackup, listBackups, verifyDatabaseFile } from '../../src/node/safety/backups';
import { checkDatabase } from '../../src/node/safety/integrity';
import { openWorkspace } from '../../src/node/workspace';
import { ok, tempDir } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
const ROUNDS = 8;
const d = tempDir();
let backupA = '';
let backupB = '';
let countA = 0;
let countB = 0;
afterAll(() => d.remove());

let seed = 11;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;

/** Starts the worker, SIGKILLs it `afterMs` after it is ready (or lets it end), resolves with its last line. */
export function runAndKill(args: string[], afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/safety-worker.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      if (lines.includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
      last = lines[lines.length - 1];
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`worker ended (${code}): ${err}`))));
  });
}

/** After a kill the workspace opens whole: sound, and holding exactly what one of the two backups holds. */
function expectWhole(round: string): void {
  const ws = openWorkspace({ dataDir: d.dir });
  try {
    expect(checkDatabase(ws.db), round).toMatchObject({ ok: true });
    expect([countA, countB], round).toContain(ws.db.prepare('SELECT count(*) FROM articles').pluck().get());
    expect(ws.notices.recovered, round).toBeNull();
  } finally {
    ws.close();
  }
  expect(existsSync(join(d.dir, 'workspace.sqlite.restoring')), round).toBe(false);
  expect(readdirSync(backupDir(d.dir)).filter((f) => f.endsWith('.partial')), round).toEqual([]);
}

beforeAll(async () => {
  const ws = openWorkspace({ dataDir: d.dir });
  const registry = createRegistry(ws);
  const body = 'Residents described raids on the coastal villages, with at least 745 civilians reported killed. '.repeat(300);
  for (let i = 0; i < 40; i++) await ok(registry, 'articles.importText', { text: `Report ${i}.\n\n${body}`, title: `Report ${i}` });
  backupA = createBackup(ws.db, d.dir, 'manual', new Date('2025-01-01T00:00:00Z')).path;
  await ok(registry, 'articles.importText', { text: `One more.\n\n${body}`, title: 'One more' });
  backupB = createBackup(ws.db, d.dir, 'manual', new Date('2025-01-02T00:00:00Z')).path;
  countA = 40;
  countB = 41;
  ws.close();
}, 120_000);

describe('a restore killed at any moment', () => {
  it(`leaves the old or the new database, never an empty one (${ROUNDS} SIGKILLs into an open workspace, ${ROUNDS} through the CLI path)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await runAndKill(['restore', d.dir, backupA, backupB], 100 + Math.floor(random() * 1500));
      expectWhole(`open workspace, round ${round}`);
      await runAndKill(['restore-closed', d.dir, backupA, backupB], 50 + Math.floor(random() * 800));
      expectWhole(`closed workspace, round ${round}`);
    }
  }, 300_000);
});

describe('a backup killed at any moment', () => {
  it(`leaves no .partial file behind once the workspace opens again, and every backup is sound (${ROUNDS} SIGKILLs)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await runAndKill(['backup', d.dir], 100 + Math.floor(random() * 1500));
      expectWhole(`backup, round ${round}`);
      for (const b of listBackups(d.dir)) expect(verifyDatabaseFile(b.path), b.file).toEqual([]);
    }
  }, 300_000);
});
