import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { backupDir, listSetAside, moveAside, removePartialBackups, verifyDatabaseFile } from '../safety/backups';
import { stageDatabase, stagingPath, swapIn } from '../safety/restore';
import { otherHolders, withExclusive, type AppKind } from './lock';

/** True when the file starts with SQLite's header: a 0-byte, missing or overwritten file is not a database. */
export function looksLikeDatabase(path: string): boolean {
  if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) < 100) return false;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

/** Leftovers of a killed restore: the staging file beside the database (the database itself is whole). */
function removeRestoreLeftovers(databasePath: string): void {
  const staged = stagingPath(databasePath);
  for (const suffix of ['', '.partial', '-wal', '-shm']) rmSync(staged + suffix, { force: true });
}

/** Whether the workspace needs recovery: no usable database, and the newest database set aside was set aside by a restore. */
export function interruptedRestore(dataDir: string, databasePath: string): { file: string; path: string; createdAt: string } | null {
  if (looksLikeDatabase(databasePath)) return null;
  const newest = listSetAside(dataDir)[0];
  return newest?.label === 'before-restore' ? newest : null;
}

/**
 * Brings back the database a restore set aside when the restore was interrupted (older versions
 * left a 0-byte or missing workspace.sqlite when killed during the copy). The set-aside copy stays
 * where it is; what was in the way is moved aside. Returns the sentence to show, or null.
 */
function recoverInterruptedRestore(dataDir: string, databasePath: string, verify: (path: string) => void): string | null {
  const aside = interruptedRestore(dataDir, databasePath);
  if (!aside || verifyDatabaseFile(aside.path).length) return null;
  const staged = stageDatabase(aside.path, databasePath, verify);
  if (statSync(databasePath, { throwIfNoEntry: false })) moveAside(databasePath, 'interrupted-restore');
  swapIn(staged, databasePath);
  return (
    `A restore of this workspace was interrupted and left no usable database. The workspace was brought back as it was ` +
    `before that restore, from ${aside.file} (kept aside ${aside.createdAt}); restore the backup again if you still want it.`
  );
}

/** Whether a killed restore or backup left something behind (checked without taking the workspace exclusively). */
function needsRepair(dataDir: string, databasePath: string): boolean {
  let partials = false;
  try {
    partials = readdirSync(backupDir(dataDir)).some((f) => f.endsWith('.partial'));
  } catch {
    // no backups folder yet
  }
  return partials || existsSync(stagingPath(databasePath)) || interruptedRestore(dataDir, databasePath) !== null;
}

/**
 * At start, when this process is alone and something needs it: bring back an interrupted restore
 * and remove what killed backups and restores left. Returns the sentence to show, or null.
 */
export function startupRepairs(dataDir: string, databasePath: string, kind: AppKind, verify: (path: string) => void): string | null {
  if (otherHolders(dataDir).length || !needsRepair(dataDir, databasePath)) return null;
  return withExclusive(dataDir, kind, 'recovery', () => {
    removeRestoreLeftovers(databasePath);
    removePartialBackups(dataDir, { all: true });
    return recoverInterruptedRestore(dataDir, databasePath, verify);
  });
}
