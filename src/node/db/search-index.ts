/** A searchable record type: its table, its FTS5 index, the normalised text it contributes, and the columns that text reads. */
export interface SearchSourceSpec {
  type: string;
  table: string;
  fts: string;
  body(row: string): string;
  /** Every column body() reads, plus deleted_at: an update of any of them re-indexes the row. */
  columns: string;
}

/**
 * The SQL of one search index, exactly as migration 0003 builds it for articles, highlights, memos
 * and cases: an external-content FTS5 table over a view that applies the search normalisation,
 * triggers that keep it in step within the writing transaction, and a first 'rebuild'.
 */
export function searchIndexSql(s: SearchSourceSpec): string {
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

/** BM25 weights of the three columns: an exact (surface) match outranks a stem-only or name-only one. */
export const COLUMN_WEIGHTS = 'bm25(10.0, 2.0, 2.0)';

/**
 * The SQL of one search index as migration 0010 rebuilds it: the old index, view and triggers
 * dropped, then three columns over the same text: body (normalised surface form, as before), stem
 * (every word stemmed) and name (capitalised Latin words, transliteration-folded). `fn` gives the
 * SQL of each column from the source's text (the expression inside its normalisation call).
 */
export function stemmedSearchIndexSql(s: SearchSourceSpec, fn: { normalize: string; stem: string; names: string }): string {
  const column = (f: string, r: string) => s.body(r).replace(`${fn.normalize}(`, `${f}(`);
  const values = (r: string) => `${s.body(r)}, ${column(fn.stem, r)}, ${column(fn.names, r)}`;
  const remove = `INSERT INTO ${s.fts} (${s.fts}, rowid, body, stem, name) SELECT 'delete', OLD.rowid, ${values('OLD')} WHERE OLD.deleted_at IS NULL;`;
  const add = `INSERT INTO ${s.fts} (rowid, body, stem, name) SELECT NEW.rowid, ${values('NEW')} WHERE NEW.deleted_at IS NULL;`;
  return `
    DROP TRIGGER ${s.table}_search_insert;
    DROP TRIGGER ${s.table}_search_update;
    DROP TRIGGER ${s.table}_search_delete;
    DROP TABLE ${s.fts};
    DROP VIEW ${s.fts}_content;
    CREATE VIEW ${s.fts}_content AS SELECT rowid AS doc, ${s.body(s.table)} AS body, ${column(fn.stem, s.table)} AS stem, ${column(fn.names, s.table)} AS name FROM ${s.table} WHERE deleted_at IS NULL;
    CREATE VIRTUAL TABLE ${s.fts} USING fts5(body, stem, name, content = '${s.fts}_content', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO ${s.fts} (${s.fts}, rank) VALUES ('rank', '${COLUMN_WEIGHTS}');
    CREATE TRIGGER ${s.table}_search_insert AFTER INSERT ON ${s.table} BEGIN ${add} END;
    CREATE TRIGGER ${s.table}_search_update AFTER UPDATE OF ${s.columns} ON ${s.table} BEGIN ${remove} ${add} END;
    CREATE TRIGGER ${s.table}_search_delete AFTER DELETE ON ${s.table} BEGIN ${remove} END;
    INSERT INTO ${s.fts} (${s.fts}) VALUES ('rebuild');`;
}
