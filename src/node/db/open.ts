// The ONLY module that imports the SQLite driver. Swapping in the SQLCipher-compatible
// build (better-sqlite3-multiple-ciphers) is a change to this file alone.
import Database from 'better-sqlite3';
import { driverOptions } from './native-binding';

export type Db = Database.Database;
export type Statement = Database.Statement;

export interface OpenOptions {
  readonly?: boolean;
  /** Fail instead of creating a missing file. */
  mustExist?: boolean;
}

/** Opens a database file with the workbench's pragmas: WAL, foreign keys, full sync, busy timeout. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, { ...driverOptions(), readonly: options.readonly ?? false, fileMustExist: options.mustExist ?? false, timeout: 5000 });
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON'); // deleted content is overwritten with zeros: an erased witness identity leaves no bytes behind
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  return db;
}

/** Reads PRAGMA user_version without changing the file (opened read-only). */
export function readUserVersion(path: string): number {
  const db = new Database(path, { ...driverOptions(), readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/**
 * Opens a copy of a database held in memory, read-only: for a workspace in a read-only folder,
 * where SQLite cannot open a WAL-mode file (it needs to create the -shm beside it). Nothing is
 * written to any disk.
 */
export function openSnapshot(bytes: Buffer): Db {
  const copy = Buffer.from(bytes);
  if (copy.length >= 20) copy[18] = copy[19] = 1; // the in-memory copy is not in WAL mode
  const db = new Database(copy, { ...driverOptions(), readonly: true });
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * True when no other connection has the database open: a connection in exclusive locking mode,
 * set before it first touches the file, cannot begin a transaction while another one holds it.
 */
export function isDatabaseUnused(path: string): boolean {
  const db = new Database(path, { ...driverOptions(), fileMustExist: true, timeout: 250 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return true;
  } catch (error) {
    // Busy or locked (any extended code), or a WAL-index another process is changing: in use.
    if (/^SQLITE_(BUSY|LOCKED|PROTOCOL)/.test(String((error as { code?: unknown }).code))) return false;
    throw error;
  } finally {
    db.close();
  }
}
