// The ONLY module that imports the SQLite driver. Swapping in the SQLCipher-compatible
// build (better-sqlite3-multiple-ciphers) is a change to this file alone.
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

export interface OpenOptions {
  readonly?: boolean;
  /** Fail instead of creating a missing file. */
  mustExist?: boolean;
}

/** Opens a database file with the workbench's pragmas: WAL, foreign keys, full sync, busy timeout. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.mustExist ?? false, timeout: 5000 });
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
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
