import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, openSnapshot, type Db } from '../db/open';
import { describeDiskProblem } from '../safety/disk';
import { isDamageError } from '../safety/integrity';

/** Why the workspace cannot be written (a read-only disk or folder, permissions), or null when it can. */
export function writeBlocker(dataDir: string, databasePath: string): string | null {
  for (const path of [dataDir, databasePath]) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      return describeDiskProblem(error, path) ?? `${path} cannot be written (${(error as Error).message})`;
    }
  }
  return null;
}

/** The database with its write-ahead log folded in, read through a private temporary copy that is removed at once. */
function bytesWithLog(databasePath: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-read-only-'));
  try {
    const copy = join(dir, 'workspace.sqlite');
    writeFileSync(copy, readFileSync(databasePath), { mode: 0o600 });
    writeFileSync(`${copy}-wal`, readFileSync(`${databasePath}-wal`), { mode: 0o600 });
    const db = openDatabase(copy, { mustExist: true });
    try {
      return db.serialize();
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens the database of a workspace that cannot be written, never writing to it: directly where
 * SQLite can (its -wal and -shm are there), else from a copy in memory.
 */
export function openReadOnly(databasePath: string): Db {
  try {
    const db = openDatabase(databasePath, { readonly: true, mustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (isDamageError(error)) throw error;
  }
  const hasLog = (statSync(`${databasePath}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
  return openSnapshot(hasLog ? bytesWithLog(databasePath) : readFileSync(databasePath));
}
