import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { isDatabaseUnused, openDatabase } from '../db/open';
import { backupDir, stamp, verifyDatabaseFile } from './backups';
import { fsyncPath, rethrowDiskProblem } from './disk';

/** The temporary file a restore is staged in, beside the workspace database. */
export const stagingPath = (databasePath: string) => `${databasePath}.restoring`;

/** Copies a file durably: into `target.partial`, flushed, then renamed. */
function copyDurably(source: string, target: string): void {
  const partial = `${target}.partial`;
  copyFileSync(source, partial);
  fsyncPath(partial);
  renameSync(partial, target);
}

/** Folds a pending write-ahead log into its database file, so the file alone is the whole database. */
function checkpoint(path: string): void {
  if (!existsSync(`${path}-wal`)) return;
  const db = openDatabase(path, { mustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close(); // the last connection's close removes the -wal and -shm
  }
}

/**
 * Copies `source` (with its -wal, if any) into the staging file beside the database, folds the log
 * in, flushes it and verifies it (integrity_check, then `verify`, e.g. the schema version).
 */
export function stageDatabase(source: string, databasePath: string, verify: (path: string) => void = () => {}): string {
  const staged = stagingPath(databasePath);
  const dir = dirname(databasePath);
  for (const suffix of ['', '-wal', '-shm']) rmSync(staged + suffix, { force: true });
  try {
    copyDurably(source, staged);
    if (existsSync(`${source}-wal`)) {
      copyDurably(`${source}-wal`, `${staged}-wal`);
      checkpoint(staged);
      fsyncPath(staged);
    }
    const problems = verifyDatabaseFile(staged);
    if (problems.length) throw new AppError('invalid_input', `${source} is not a sound database (${problems[0]}); nothing was restored.`);
    verify(staged);
    return staged;
  } catch (error) {
    for (const suffix of ['', '.partial', '-wal', '-shm']) rmSync(staged + suffix, { force: true });
    rethrowDiskProblem(error, 'Nothing was restored', dir, statSync(source, { throwIfNoEntry: false })?.size);
  }
}

/** Keeps a copy of a database under backups/ (a hard link where the disk allows it, else a copy); the original stays. */
export function keepAside(path: string, label: string, now = new Date()): string {
  const target = join(backupDir(dirname(path)), `${basename(path, '.sqlite')}.${label}-${stamp(now)}.sqlite`);
  mkdirSync(dirname(target), { recursive: true });
  for (const suffix of ['', '-wal']) {
    if (!existsSync(path + suffix)) continue;
    try {
      linkSync(path + suffix, target + suffix);
    } catch {
      copyDurably(path + suffix, target + suffix);
    }
  }
  fsyncPath(dirname(target));
  return target;
}

const isDatabaseWorthKeeping = (path: string) => (statSync(path, { throwIfNoEntry: false })?.size ?? 0) > 0;

/**
 * SQLite's own locks, beside the lock folder: refuses when any other connection (a process that
 * did not register, an older Fieldnotes, a database tool) has the database open. A connection in
 * exclusive locking mode cannot begin an exclusive transaction while another holds the file.
 */
export function assertNoOtherConnection(databasePath: string): void {
  let unused = true;
  try {
    unused = isDatabaseUnused(databasePath);
  } catch (error) {
    // A database that cannot be read as one (damaged, not a database) is replaced like any other;
    // any other failure of the check fails closed: it may be another connection in the way.
    if (!/NOTADB|CORRUPT/.test(String((error as { code?: unknown }).code))) unused = false;
  }
  if (!unused) throw new AppError('conflict', 'Another program has this workspace database open; close it first, then try again. Nothing was changed.');
}

/**
 * Puts a staged, verified database in place of the workspace database in one rename. The order
 * keeps either the old or the new database whole at every moment: the old one's log is folded in
 * and a copy is kept aside first, its stale -wal/-shm are removed, then the staged file is renamed
 * over it and the folder flushed.
 */
export function swapIn(staged: string, databasePath: string, label = 'before-restore', now = new Date()): { movedAside: string | null } {
  let movedAside: string | null = null;
  if (isDatabaseWorthKeeping(databasePath)) {
    try {
      assertNoOtherConnection(databasePath);
    } catch (error) {
      rmSync(staged, { force: true });
      throw error;
    }
    try {
      checkpoint(databasePath);
    } catch {
      // A database that cannot be opened keeps its log beside the copy kept aside.
    }
    movedAside = keepAside(databasePath, label, now);
  }
  rmSync(`${databasePath}-shm`, { force: true });
  rmSync(`${databasePath}-wal`, { force: true });
  renameSync(staged, databasePath);
  fsyncPath(dirname(databasePath));
  return { movedAside };
}
