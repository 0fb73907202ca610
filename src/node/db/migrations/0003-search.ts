import { NORMALIZE_SQL_FUNCTION as N } from '../sql-functions';
import type { Migration } from '../migration';

/** Each searchable record type: its table, its FTS5 index, and the text it contributes. */
export const SEARCH_SOURCES = [
  { type: 'article', table: 'articles', fts: 'fts_articles', body: (r: string) => `${N}(${r}.title || char(10) || ifnull(${r}.publisher, '') || char(10) || ifnull(${r}.author, '') || char(10) || ${r}.text)`, columns: 'title, publisher, author, text, deleted_at' },
  { type: 'highlight', table: 'highlights', fts: 'fts_highlights', body: (r: string) => `${N}(${r}.exact || char(10) || ${r}.memo)`, columns: 'exact, memo, deleted_at' },
  { type: 'memo', table: 'memos', fts: 'fts_memos', body: (r: string) => `${N}(${r}.text)`, columns: 'text, deleted_at' },
  { type: 'case', table: 'cases', fts: 'fts_cases', body: (r: string) => `${N}(${r}.title || char(10) || ${r}.description)`, columns: 'title, description, deleted_at' },
] as const;

export type SearchSource = (typeof SEARCH_SOURCES)[number];

function index(s: SearchSource): string {
  const remove = `INSERT INTO ${s.fts} (${s.fts}, rowid, body) SELECT 'delete', OLD.rowid, ${s.body('OLD')} WHERE OLD.deleted_at IS NULL;`;
  const add = `INSERT INTO ${s.fts} (rowid, body) SELECT NEW.rowid, ${s.body('NEW')} WHERE NEW.deleted_at IS NULL;`;
  return `
    CREATE VIEW ${s.fts}_content AS SELECT rowid AS doc, ${s.body(s.table)} AS body FROM ${s.table} WHERE deleted_at IS NULL;
    CREATE VIRTUAL TABLE ${s.fts} USING fts5(body, content = '${s.fts}_content', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER ${s.table}_search_insert AFTER INSERT ON ${s.table} BEGIN ${add} END;
    CREATE TRIGGER ${s.table}_search_update AFTER UPDATE OF ${s.columns} ON ${s.table} BEGIN ${remove} ${add} END;
    CREATE TRIGGER ${s.table}_search_delete AFTER DELETE ON ${s.table} BEGIN ${remove} END;
    INSERT INTO ${s.fts} (${s.fts}) VALUES ('rebuild');`;
}

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
      ${SEARCH_SOURCES.map(index).join('\n')}
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
