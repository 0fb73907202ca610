import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndexProblems } from '../../src/node/safety/integrity';
import { openWorkspace } from '../../src/node/workspace';
import { tempDir } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
const KILLS = 20;
const ARTICLES = 500;
const d = tempDir();
afterAll(() => d.remove());

/** Starts the worker, waits until it has written `after` articles, then SIGKILLs it. */
function runAndKill(start: number, count: number, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // `node --import tsx` runs the worker in this very process, so SIGKILL hits the writer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/crash-worker.ts'), d.dir, String(start), String(count)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = start - 1;
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      if (lines.includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
      for (const l of lines) if (/^\d+$/.test(l)) last = Number(l);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve(last);
      else reject(new Error(`worker failed (${code}): ${err}`));
    });
  });
}

describe('a killed process never leaves a half-written workspace', () => {
  it(`survives ${KILLS} SIGKILLs during imports and edits`, async () => {
    let next = 0;
    const perRound = Math.ceil(ARTICLES / KILLS);
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < KILLS; round++) {
      const last = await runAndKill(next, perRound, 40 + Math.floor(random() * 400));
      next = Math.max(next, last + 1);

      const ws = openWorkspace({ dataDir: d.dir });
      try {
        expect(ws.db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        expect(ws.db.pragma('foreign_key_check')).toEqual([]);
        expect(searchIndexProblems(ws.db), `round ${round}`).toEqual([]);
        // Every article is whole: its original is there, with the bytes its SHA-256 names, and its text.
        const rows = ws.db.prepare('SELECT a.text, o.sha256, o.data FROM articles a LEFT JOIN originals o ON o.sha256 = a.original_sha256').all() as { text: string; sha256: string | null; data: Buffer | null }[];
        for (const r of rows) {
          expect(r.sha256).not.toBeNull();
          expect(createHash('sha256').update(r.data!).digest('hex')).toBe(r.sha256);
          expect(r.text.length).toBeGreaterThan(100);
        }
        // And no original is left without its article.
        expect(ws.db.prepare('SELECT count(*) FROM originals o WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.original_sha256 = o.sha256)').pluck().get()).toBe(0);
        // Numbering continues after the last whole article.
        next = (ws.db.prepare("SELECT count(*) FROM articles WHERE title LIKE 'Crash %'").pluck().get() as number);
      } finally {
        ws.close();
      }
    }
    expect(next).toBeGreaterThan(KILLS);
    // Then the worker finishes the 500 without being killed, on the same workspace.
    await runAndKill(next, ARTICLES - next, 10 * 60_000);
    const ws = openWorkspace({ dataDir: d.dir });
    try {
      expect(ws.db.prepare("SELECT count(*) FROM articles WHERE title LIKE 'Crash %'").pluck().get()).toBe(ARTICLES);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      ws.close();
    }
  }, 170_000);
});
