import { namesForSearch, normalizeForSearch, stemmedForSearch } from '../../shared/domain/normalize';
import type { Db } from './open';

/** SQL name of the search normalisation, used by the search index's view and triggers. */
export const NORMALIZE_SQL_FUNCTION = 'fieldnotes_normalize';
/** SQL names of the index's stemmed column and name column (migration 0010). */
export const STEM_SQL_FUNCTION = 'fieldnotes_stems';
export const NAMES_SQL_FUNCTION = 'fieldnotes_names';

/**
 * Functions the schema's triggers call. Registered on every connection before migrations run,
 * so the index is kept in step inside the same transaction as the row it indexes.
 */
export function registerSqlFunctions(db: Db): void {
  const text = (f: (s: string) => string) => (value: unknown) => (typeof value === 'string' ? f(value) : '');
  db.function(NORMALIZE_SQL_FUNCTION, { deterministic: true }, text(normalizeForSearch));
  db.function(STEM_SQL_FUNCTION, { deterministic: true }, text(stemmedForSearch));
  db.function(NAMES_SQL_FUNCTION, { deterministic: true }, text(namesForSearch));
}
