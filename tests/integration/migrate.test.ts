import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../src/node/db/migrate';
import type { Migration } from '../../src/node/db/migration';
import { migrations } from '../../src/node/db/migrations';
import { openDatabase } from '../../src/node/db/open';
import { openWorkspace } from '../../src/node/workspace';
import { tempDir } from '../helpers/workspace';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});
function folder() {
  const t = tempDir();
  cleanup.push(t.remove);
  return t.dir;
}

describe('migrations', () => {
  it('bring a fresh workspace to the latest version with the required pragmas', () => {
    const ws = openWorkspace({ dataDir: folder() });
    cleanup.unshift(() => ws.close());
    expect(ws.db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(ws.db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    const tables = ws.db.prepare("SELECT name FROM sqlite_schema WHERE type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'originals']));
  });

  it('are numbered without gaps, one file each', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('re-run on an up-to-date database changes nothing', () => {
    const dir = folder();
    openWorkspace({ dataDir: dir }).close();
    const ws = openWorkspace({ dataDir: dir });
    cleanup.unshift(() => ws.close());
    const schemaBefore = ws.db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all();
    expect(migrate(ws.db, migrations)).toEqual({ from: latestVersion(migrations), to: latestVersion(migrations) });
    expect(ws.db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all()).toEqual(schemaBefore);
  });

  it('refuse a database from a newer app version and leave the file byte-for-byte untouched', () => {
    const dir = folder();
    const path = join(dir, 'workspace.sqlite');
    const db = openDatabase(path);
    db.exec('CREATE TABLE future_things (id TEXT)');
    db.pragma('user_version = 999');
    db.close(); // a clean close checkpoints the WAL; the file stays in WAL mode
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(() => openWorkspace({ dataDir: dir })).toThrow(/newer version of Fieldnotes.*left untouched/s);
    try {
      openWorkspace({ dataDir: dir });
    } catch (error) {
      expect((error as { code: string }).code).toBe('newer_database');
    }
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
    expect(readdirSync(dir)).toEqual(['workspace.sqlite']);
  });

  it('roll back a failing migration completely, user_version included', () => {
    const db = openDatabase(join(folder(), 'x.sqlite'));
    cleanup.unshift(() => db.close());
    const list: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'fails halfway',
        up: (d) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, list)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").get()).toBeUndefined();
  });

  it('refuse a list with a gap', () => {
    const db = openDatabase(join(folder(), 'y.sqlite'));
    cleanup.unshift(() => db.close());
    const list: Migration[] = [{ version: 2, name: 'gap', up: () => {} }];
    expect(() => migrate(db, list)).toThrow(/out of sequence/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });
});
