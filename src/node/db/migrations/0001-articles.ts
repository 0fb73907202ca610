import type { Migration } from '../migration';

/** Articles and the immutable originals they were derived from. */
export const migration0001: Migration = {
  version: 1,
  name: 'articles and originals',
  up(db) {
    db.exec(`
      CREATE TABLE originals (
        sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        media_type  TEXT NOT NULL,
        file_name   TEXT,
        byte_size   INTEGER NOT NULL CHECK (byte_size >= 0),
        captured_at TEXT NOT NULL,
        kind        TEXT NOT NULL,
        data        BLOB NOT NULL
      ) STRICT;

      -- An original is evidence: once stored it never changes.
      CREATE TRIGGER originals_are_immutable BEFORE UPDATE ON originals
      BEGIN SELECT RAISE(ABORT, 'originals are immutable'); END;

      CREATE TABLE articles (
        id              TEXT PRIMARY KEY,
        original_sha256 TEXT NOT NULL UNIQUE REFERENCES originals(sha256),
        title           TEXT NOT NULL,
        source_url      TEXT,
        publisher       TEXT,
        author          TEXT,
        published_at    TEXT,
        language        TEXT NOT NULL,
        notes           TEXT NOT NULL DEFAULT '',
        text            TEXT NOT NULL,
        char_count      INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;

      CREATE INDEX articles_captured ON articles(created_at);
      CREATE INDEX articles_title ON articles(title COLLATE NOCASE);

      -- The reading text is derived once from the original; it is never silently changed.
      CREATE TRIGGER article_text_is_fixed BEFORE UPDATE OF text ON articles
      WHEN NEW.text IS NOT OLD.text
      BEGIN SELECT RAISE(ABORT, 'the reading text of an article cannot be changed here'); END;
    `);
  },
};
