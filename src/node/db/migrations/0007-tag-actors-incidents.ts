import type { Migration } from '../migration';

/** As they stand at this migration (a released migration never changes, even when TaggableType grows). */
const ITEM_TYPES = ['article', 'highlight', 'case', 'quote', 'account', 'figure', 'actor', 'incident'];

/**
 * Actors and incidents carry codes too. SQLite cannot change a CHECK constraint in place, so the
 * taggings table is rebuilt (SQLite's documented procedure, in the migration's transaction): a new
 * table with the wider CHECK, every row copied with its rowid (undo entries name rows by rowid),
 * then the old table's indexes and triggers (undo, history) created again exactly as they were.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'codes on actors and incidents',
  up(db) {
    const attached = db
      .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = 'taggings' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")
      .pluck()
      .all() as string[];
    db.exec(`
      CREATE TABLE taggings_new (
        code_id    TEXT NOT NULL REFERENCES codes(id),
        item_type  TEXT NOT NULL CHECK (item_type IN (${ITEM_TYPES.map((t) => `'${t}'`).join(', ')})),
        item_id    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (code_id, item_type, item_id)
      ) STRICT;
      INSERT INTO taggings_new (rowid, code_id, item_type, item_id, created_at) SELECT rowid, code_id, item_type, item_id, created_at FROM taggings;
      DROP TABLE taggings;
      ALTER TABLE taggings_new RENAME TO taggings;
    `);
    for (const sql of attached) db.exec(sql);
  },
};
