import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { BackupReason } from '../../shared/api/methods/safety';
import { openDatabase, type Db } from '../db/open';
import { freeBytes, rethrowDiskProblem } from './disk';

export const BACKUP_DIR = 'backups';
const NAME = new RegExp(`^workspace-(\\d{8}T\\d{6}\\d{3}Z)-(${BackupReason.options.join('|')})\\.sqlite$`);

export type BackupReason = z.infer<typeof BackupReason>;

export interface BackupInfo {
  file: string;
  path: string;
  reason: BackupReason;
  createdAt: string;
  bytes: number;
}

export const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
const fromStamp = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR);
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, m: NAME.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ file, path: join(dir, file), reason: m[2] as BackupReason, createdAt: fromStamp(m[1]), bytes: statSync(join(dir, file)).size }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Opens a backup read-only and runs PRAGMA integrity_check; returns the problems (empty when sound). */
export function verifyDatabaseFile(path: string): string[] {
  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true, mustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

/** A consistent copy of the live database (VACUUM INTO), checked before it counts as a backup. */
export function createBackup(db: Db, dataDir: string, reason: BackupReason, now = new Date()): BackupInfo {
  const dir = backupDir(dataDir);
  const file = `workspace-${stamp(now)}-${reason}.sqlite`;
  const path = join(dir, file);
  const partial = `${path}.partial`;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK); // a read-only folder says so here, not as SQLite's "unable to open"
    rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    rethrowDiskProblem(error, 'No backup could be made', dir, databaseBytes(db));
  }
  const problems = verifyDatabaseFile(partial);
  if (problems.length) {
    rmSync(partial, { force: true });
    throw new AppError('internal', `The backup failed its integrity check (${problems[0]}); the previous backups are kept.`);
  }
  renameSync(partial, path);
  return { file, path, reason, createdAt: now.toISOString(), bytes: statSync(path).size };
}

/** The size of the live database's pages: about what a backup of it takes. */
export function databaseBytes(db: Db): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

/** A `.partial` untouched this long belongs to a killed backup, not to one being written. */
const PARTIAL_STALE_MS = 10 * 60 * 1000;

/**
 * Removes what killed backups left behind (`*.partial` files). With `all`, when no other process
 * has the workspace open, every one goes; otherwise only those untouched for 10 minutes.
 */
export function removePartialBackups(dataDir: string, { all = false, now = Date.now() } = {}): { removed: string[]; bytes: number } {
  const dir = backupDir(dataDir);
  const removed: string[] = [];
  let bytes = 0;
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.partial'));
  } catch {
    return { removed, bytes };
  }
  for (const file of files) {
    const info = statSync(join(dir, file), { throwIfNoEntry: false });
    if (!info || (!all && now - info.mtimeMs < PARTIAL_STALE_MS)) continue;
    rmSync(join(dir, file), { force: true });
    removed.push(file);
    bytes += info.size;
  }
  return { removed, bytes };
}

/** Backups Fieldnotes made by itself (rotation may remove them); manual and pre-restore ones are the user's. */
const automaticBackups = (dataDir: string) => listBackups(dataDir).filter((b) => b.reason !== 'manual' && b.reason !== 'restore');

/** The automatic backups that freeing space would delete: all but the newest. */
export const spareBackups = (dataDir: string) => automaticBackups(dataDir).slice(1);

/** Frees disk space: every automatic backup but the newest, and what killed backups left behind. */
export function freeBackupSpace(dataDir: string): { removed: number; freedBytes: number; freeBytes: number | null } {
  const old = spareBackups(dataDir);
  for (const b of old) rmSync(b.path, { force: true });
  const partials = removePartialBackups(dataDir);
  return {
    removed: old.length + partials.removed.length,
    freedBytes: old.reduce((sum, b) => sum + b.bytes, 0) + partials.bytes,
    freeBytes: freeBytes(dataDir),
  };
}

const dayOf = (iso: string) => iso.slice(0, 10);
function weekOf(iso: string): string {
  const d = new Date(`${dayOf(iso)}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return dayOf(monday.toISOString());
}

/**
 * Rotation: the newest backup of each of the 7 most recent days that have one, then the newest of
 * each of the 4 weeks before those days; other automatic backups are removed. Manual and
 * pre-restore backups are the user's and are never removed.
 */
export function rotateBackups(dataDir: string): string[] {
  const automatic = automaticBackups(dataDir);
  const keep = new Set<string>();
  const days = new Set<string>();
  for (const b of automatic) {
    if (days.size === 7 && !days.has(dayOf(b.createdAt))) break;
    if (!days.has(dayOf(b.createdAt))) {
      days.add(dayOf(b.createdAt));
      keep.add(b.file);
    }
  }
  const oldestDay = [...days].sort()[0] ?? '9999';
  const weeks = new Set<string>();
  for (const b of automatic) {
    const week = weekOf(b.createdAt);
    if (dayOf(b.createdAt) >= oldestDay || weeks.has(week) || weeks.size === 4) continue;
    weeks.add(week);
    keep.add(b.file);
  }
  const removed = automatic.filter((b) => !keep.has(b.file));
  for (const b of removed) rmSync(b.path, { force: true });
  return [...removed.map((b) => b.file), ...removePartialBackups(dataDir).removed];
}

/** Moves a database file and its -wal/-shm aside, so nothing writes to it again. */
export function moveAside(path: string, label: string, now = new Date()): string {
  const target = join(backupDir(join(path, '..')), `${basename(path, '.sqlite')}.${label}-${stamp(now)}.sqlite`);
  mkdirSync(join(target, '..'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  return target;
}

const SET_ASIDE = /^workspace\.([a-z-]+)-(\d{8}T\d{6}\d{3}Z)\.sqlite$/;

/** Databases moved or kept aside (before a restore, damaged), newest first. */
export function listSetAside(dataDir: string): { file: string; path: string; label: string; createdAt: string }[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, m: SET_ASIDE.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => ({ file, path: join(dir, file), label: m[1], createdAt: fromStamp(m[2]) }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
