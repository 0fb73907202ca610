import { NORMALIZE_SQL_FUNCTION as N } from '../sql-functions';
import type { Migration } from '../migration';

/** Each indexed record type: its table, its slot in the document id, and the text it contributes. */
export const SEARCH_SOURCES = [
  { type: 'article', table: 'articles', slot: 0, body: (r: string) => `${N}(${r}.title || char(10) || ifnull(${r}.publisher, '') || char(10) || ifnull(${r}.author, '') || char(10) || ${r}.text)`, columns: 'title, publisher, author, text, deleted_at' },
  { type: 'highlight', table: 'highlights', slot: 1, body: (r: string) => `${N}(${r}.exact || char(10) || ${r}.memo)`, columns: 'exact, memo, deleted_at' },
  { type: 'memo', table: 'memos', slot: 2, body: (r: string) => `${N}(${r}.text)`, columns: 'text, deleted_at' },
  { type: 'case', table: 'cases', slot: 3, body: (r: string) => `${N}(${r}.title || char(10) || ${r}.description)`, columns: 'title, description, deleted_at' },
] as const;

/** Document ids in the index: rowid * 8 + slot, so every record type shares one FTS5 table. */
export const DOC_SLOTS = 8;

function triggers(s: (typeof SEARCH_SOURCES)[number]): string {
  const doc = (r: string) => `${r}.rowid * ${DOC_SLOTS} + ${s.slot}`;
  const remove = `INSERT INTO search_fts (search_fts, rowid, body) SELECT 'delete', ${doc('OLD')}, ${s.body('OLD')} WHERE OLD.deleted_at IS NULL;`;
  const add = `INSERT INTO search_fts (rowid, body) SELECT ${doc('NEW')}, ${s.body('NEW')} WHERE NEW.deleted_at IS NULL;`;
  return `
    CREATE TRIGGER ${s.table}_search_insert AFTER INSERT ON ${s.table} BEGIN ${add} END;
    CREATE TRIGGER ${s.table}_search_update AFTER UPDATE OF ${s.columns} ON ${s.table} BEGIN ${remove} ${add} END;
    CREATE TRIGGER ${s.table}_search_delete AFTER DELETE ON ${s.table} BEGIN ${remove} END;`;
}

/**
 * Full-text search: one FTS5 index over articles, highlights (quote and memo), memos and cases.
 * External content is a view that applies the search normalisation, so the index, the
 * 'rebuild' command and FTS5's integrity check all read the same normalised text.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'full-text search index',
  up(db) {
    const view = SEARCH_SOURCES.map((s) => `SELECT rowid * ${DOC_SLOTS} + ${s.slot} AS doc, ${s.body(s.table)} AS body FROM ${s.table} WHERE deleted_at IS NULL`).join('\n      UNION ALL ');
    db.exec(`
      CREATE VIEW search_content AS ${view};
      CREATE VIRTUAL TABLE search_fts USING fts5(body, content = 'search_content', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2');
      ${SEARCH_SOURCES.map(triggers).join('\n')}
      INSERT INTO search_fts (search_fts) VALUES ('rebuild');

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
