import { NORMALIZE_SQL_FUNCTION as N } from '../sql-functions';
import type { Migration } from '../migration';
import { searchIndexSql } from '../search-index';

/** Each searchable record type: its table, its FTS5 index, and the text it contributes. */
export const SEARCH_SOURCES = [
  { type: 'article', table: 'articles', fts: 'fts_articles', body: (r: string) => `${N}(${r}.title || char(10) || ifnull(${r}.publisher, '') || char(10) || ifnull(${r}.author, '') || char(10) || ${r}.text)`, columns: 'title, publisher, author, text, deleted_at' },
  { type: 'highlight', table: 'highlights', fts: 'fts_highlights', body: (r: string) => `${N}(${r}.exact || char(10) || ${r}.memo)`, columns: 'exact, memo, deleted_at' },
  { type: 'memo', table: 'memos', fts: 'fts_memos', body: (r: string) => `${N}(${r}.text)`, columns: 'text, deleted_at' },
  { type: 'case', table: 'cases', fts: 'fts_cases', body: (r: string) => `${N}(${r}.title || char(10) || ${r}.description)`, columns: 'title, description, deleted_at' },
] as const;


/**
 * Full-text search: one FTS5 index per record type (articles, highlights with their memo, memos,
 * cases), so each type is ranked on its own. The external content of each is a view that applies
 * the search normalisation, so the index, FTS5's 'rebuild' and its integrity check all read the
 * same normalised text; triggers keep the index in step within the writing transaction.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'full-text search indexes',
  up(db) {
    db.exec(`
      ${SEARCH_SOURCES.map(searchIndexSql).join('\n')}
      CREATE TABLE saved_searches (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        query      TEXT NOT NULL,
        filters    TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
