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
