import { normalizeForSearch } from '../../shared/domain/normalize';
import type { Db } from './open';

/** SQL name of the search normalisation, used by the search index's view and triggers. */
export const NORMALIZE_SQL_FUNCTION = 'fieldnotes_normalize';

/**
 * Functions the schema's triggers call. Registered on every connection before migrations run,
 * so the index is kept in step inside the same transaction as the row it indexes.
 */
export function registerSqlFunctions(db: Db): void {
  db.function(NORMALIZE_SQL_FUNCTION, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? normalizeForSearch(text) : ''));
}
