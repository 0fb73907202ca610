import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndexProblems } from '../../src/node/safety/integrity';
import { openWorkspace } from '../../src/node/workspace';
import { tempDir } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
const d = tempDir();
afterAll(() => d.remove());

function worker(start: number, count: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/crash-worker.ts'), d.dir, String(start), String(count)], { cwd: ROOT, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code));
  });
}

describe('two processes on one workspace', () => {
  it('take turns (SQLite locks, busy timeout): both finish and nothing is corrupted', async () => {
    openWorkspace({ dataDir: d.dir }).close(); // create and migrate once, as the first app start would
    const codes = await Promise.all([worker(0, 40), worker(1000, 40)]);
    expect(codes).toEqual([0, 0]);
    const ws = openWorkspace({ dataDir: d.dir });
    try {
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(80);
      expect(ws.db.prepare('SELECT count(*) FROM highlights').pluck().get()).toBe(80);
      expect(searchIndexProblems(ws.db)).toEqual([]);
    } finally {
      ws.close();
    }
  }, 60_000);
});
