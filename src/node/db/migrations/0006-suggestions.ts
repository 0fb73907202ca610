import type { Migration } from '../migration';

/** Suggestions a researcher dismissed, remembered per article (keyed by kind, span and text). */
export const migration0006: Migration = {
  version: 6,
  name: 'dismissed suggestions',
  up(db) {
    db.exec(`
      CREATE TABLE suggestion_dismissals (
        article_id TEXT NOT NULL REFERENCES articles(id),
        key        TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, key)
      ) STRICT;
    `);
  },
};
