import { AppError } from '../../shared/api/errors';
import { openDatabase, type Db } from '../db/open';
import { SEARCH_SOURCES } from '../db/migrations/0003-search';
import { EVIDENCE_SEARCH_SOURCES } from '../db/migrations/0005-evidence';
import { listBackups, moveAside, verifyDatabaseFile } from './backups';

/** SQLite's word for a damaged file, as opposed to one it may not open or write (read-only, permissions, locks). */
export function isDamageError(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return /^SQLITE_(CORRUPT|NOTADB)/.test(code) || /malformed|not a database/i.test((error as Error)?.message ?? '');
}

/**
 * A read-only connection where SQLite allows one. After a killed process the write-ahead log may
 * need recovery, which a read-only connection refuses ("attempt to write a readonly database"):
 * in a writable folder the check then opens the file as every later open would, which rebuilds
 * the log's index and never changes the database's pages.
 */
function openForCheck(path: string): Db {
  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true, mustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // SQLite reads the log here, not at open
    return db;
  } catch (error) {
    db?.close();
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(String((error as { code?: unknown }).code))) throw error;
    return openDatabase(path, { mustExist: true });
  }
}

/**
 * PRAGMA quick_check on a read-only connection: a damaged file is never opened for writing.
 * Returns the problems of a damaged file; a file that cannot be opened for another reason (a
 * read-only folder, permissions) is not damage and gets its own sentence.
 */
export function quickCheck(path: string, open: (path: string) => Db = openForCheck): string[] {
  let db: Db | null = null;
  try {
    db = open(path);
    return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (error) {
    if (isDamageError(error)) return [(error as Error).message];
    throw new AppError('conflict', `The workspace database ${path} cannot be read (${(error as Error).message}); it was left untouched.`);
  } finally {
    db?.close();
  }
}

/** Moves a damaged database aside and explains what happened and which backup can replace it. */
export function refuseDamaged(path: string, dataDir: string, problems: string[], { readOnly = false } = {}): never {
  const where = readOnly ? 'It was left where it is, unchanged (the folder is read-only).' : `It was moved aside, unchanged, to ${moveAside(path, 'damaged')} so nothing writes to it.`;
  const good = listBackups(dataDir).find((b) => verifyDatabaseFile(b.path).length === 0);
  const offer = good
    ? `The newest good backup is from ${good.createdAt} (${good.file}): restore it with "fieldnotes restore ${good.path}" or from the start screen.`
    : 'No good backup was found in the backups folder.';
  throw new AppError('damaged_database', `The workspace database is damaged (${problems[0]}). ${where} ${offer}`);
}

/** FTS5's integrity check of every search index against its content; one line per problem. */
export function searchIndexProblems(db: Db): string[] {
  const problems: string[] = [];
  if (db.readonly) return problems; // FTS5 runs its check as a write; a read-only workspace cannot be checked so (nor damaged by it)
  for (const s of [...SEARCH_SOURCES, ...EVIDENCE_SEARCH_SOURCES]) {
    try {
      db.prepare(`INSERT INTO ${s.fts} (${s.fts}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (error) {
      problems.push(`the ${s.type} search index disagrees with its records (${(error as Error).message}); rebuild it with "fieldnotes reindex" or Rebuild search index in the app`);
    }
  }
  return problems;
}

export interface CheckReport {
  integrity: string[];
  foreignKeys: string[];
  search: string[];
  ok: boolean;
}

/** `fieldnotes check`: integrity, foreign keys and every search index against its content. */
export function checkDatabase(db: Db): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
  const foreignKeys = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (r) => `${r.table} row ${r.rowid} refers to a missing ${r.parent}`,
  );
  const search = searchIndexProblems(db);
  return { integrity, foreignKeys, search, ok: !integrity.length && !foreignKeys.length && !search.length };
}
