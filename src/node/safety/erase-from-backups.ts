import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/open';
import type { ServiceContext } from '../services/context';
import { assertWitnessKnown, destroyIdentityRow, holdsIdentity, type BackupErasure } from '../services/witnesses';
import { backupDir, verifyDatabaseFile } from './backups';

/** Every SQLite database under backups/: the backups, unfinished ones (.partial), and databases moved aside before a restore or when damaged. */
const DATABASE = /^workspace.*\.sqlite(\.partial)?$/;
const COMPANIONS = ['-wal', '-shm', '-journal'];

function databaseFiles(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => DATABASE.test(file))
    .sort()
    .map((file) => join(dir, file));
}

function removeWithCompanions(path: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(path + suffix, { force: true });
}

/** Whether one database file holds the witness's details ('no' too for one from before witnesses existed); 'unreadable' when it cannot be checked. */
function fileHolds(path: string, witnessId: string): 'yes' | 'no' | 'unreadable' {
  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true, mustExist: true });
    return holdsIdentity(db, witnessId) ? 'yes' : 'no';
  } catch (error) {
    return /no such table: witness_identities/.test((error as Error).message) ? 'no' : 'unreadable';
  } finally {
    db?.close();
  }
}

/** The database files under backups/ that still hold a witness's identifying details. */
export function backupsHoldingIdentity(ctx: ServiceContext, dataDir: string, witnessId: string): string[] {
  assertWitnessKnown(ctx, witnessId);
  return databaseFiles(dataDir).filter((path) => fileHolds(path, witnessId) === 'yes');
}

/**
 * Rewrites one database without the witness's identity: a working copy (with its log) has the row
 * destroyed as in the workspace, then VACUUM INTO writes a fresh file with no free pages; that file
 * must pass integrity_check and hold no trace of the row before it replaces the original (whose
 * log goes with it). The original is untouched until then.
 */
function rewriteWithout(path: string, witnessId: string): void {
  const work = `${path}.erasing`;
  const out = `${path}.erased`;
  removeWithCompanions(work);
  removeWithCompanions(out);
  try {
    copyFileSync(path, work);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${work}-wal`);
    const db = openDatabase(work, { mustExist: true });
    try {
      db.transaction(() => destroyIdentityRow(db, witnessId)).immediate();
      db.prepare('VACUUM INTO ?').run(out);
    } finally {
      db.close();
    }
    const problems = verifyDatabaseFile(out);
    if (problems.length) throw new Error(problems[0]);
    const check = openDatabase(out, { readonly: true, mustExist: true });
    try {
      if (check.prepare('SELECT 1 FROM witness_identities WHERE witness_id = ?').get(witnessId)) throw new Error('the rewritten copy still holds the row');
    } finally {
      check.close();
    }
    for (const suffix of COMPANIONS) rmSync(path + suffix, { force: true });
    renameSync(out, path);
  } finally {
    removeWithCompanions(work);
    removeWithCompanions(out);
  }
}

/**
 * Erases a witness's identifying details from every database under backups/ that holds them. An
 * unfinished backup (.partial) never counted as one and is removed instead (and counted). A file
 * that cannot be read (a damaged database kept aside) or rewritten is kept as it was and named in
 * `failed`: it may still hold them.
 */
export function eraseIdentityFromBackups(dataDir: string, witnessId: string): BackupErasure {
  const result: BackupErasure = { rewritten: 0, failed: [] };
  const name = (path: string) => path.slice(backupDir(dataDir).length + 1);
  for (const path of databaseFiles(dataDir)) {
    const holds = fileHolds(path, witnessId);
    if (holds === 'no') continue;
    if (holds === 'unreadable') {
      result.failed.push(name(path));
      continue;
    }
    if (path.endsWith('.partial')) {
      removeWithCompanions(path);
      result.rewritten++;
      continue;
    }
    try {
      rewriteWithout(path, witnessId);
      result.rewritten++;
    } catch {
      result.failed.push(name(path));
    }
  }
  return result;
}
