import { AppError } from '../../shared/api/errors';
import { openDatabase, type Db } from '../db/open';
import { SEARCH_SOURCES } from '../db/migrations/0003-search';
import { EVIDENCE_SEARCH_SOURCES } from '../db/migrations/0005-evidence';
import { listBackups, moveAside, verifyDatabaseFile } from './backups';

/** PRAGMA quick_check on a read-only connection: a damaged file is never opened for writing. */
export function quickCheck(path: string): string[] {
  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true, mustExist: true });
    return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

/** Moves a damaged database aside and explains what happened and which backup can replace it. */
export function refuseDamaged(path: string, dataDir: string, problems: string[]): never {
  const aside = moveAside(path, 'damaged');
  const good = listBackups(dataDir).find((b) => verifyDatabaseFile(b.path).length === 0);
  const offer = good
    ? `The newest good backup is from ${good.createdAt} (${good.file}): restore it with "fieldnotes restore ${good.path}" or from the start screen.`
    : 'No good backup was found in the backups folder.';
  throw new AppError(
    'damaged_database',
    `The workspace database is damaged (${problems[0]}). It was moved aside, unchanged, to ${aside} so nothing writes to it. ${offer}`,
  );
}

/** FTS5's integrity check of every search index against its content; one line per problem. */
export function searchIndexProblems(db: Db): string[] {
  const problems: string[] = [];
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
