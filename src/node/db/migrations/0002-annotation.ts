import type { Migration } from '../migration';
import { undoTriggersSql } from '../undo-triggers';

const CODE_COLUMNS = ['id', 'parent_id', 'name', 'color', 'definition', 'when_to_use', 'when_not_to_use', 'example', 'shortcut', 'is_codable', 'sort_order', 'created_at', 'updated_at', 'deleted_at'];
const HIGHLIGHT_COLUMNS = ['id', 'article_id', 'start_pos', 'end_pos', 'exact', 'prefix', 'suffix', 'status', 'previous_exact', 'memo', 'created_at', 'updated_at', 'deleted_at'];
const TAGGING_COLUMNS = ['code_id', 'item_type', 'item_id', 'created_at'];
const CASE_COLUMNS = ['id', 'title', 'description', 'created_at', 'updated_at', 'deleted_at'];
const CASE_ARTICLE_COLUMNS = ['case_id', 'article_id', 'added_at'];
const MEMO_COLUMNS = ['id', 'target_type', 'target_id', 'text', 'created_at', 'updated_at', 'deleted_at'];

/** Codebook, highlights, one tagging model, cases, memos, text revisions and workspace-wide undo. */
export const migration0002: Migration = {
  version: 2,
  name: 'annotation: codes, highlights, taggings, cases, memos, undo',
  up(db) {
    db.exec(`
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE codes (
        id              TEXT PRIMARY KEY,
        parent_id       TEXT REFERENCES codes(id),
        name            TEXT NOT NULL,
        color           TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        definition      TEXT NOT NULL DEFAULT '',
        when_to_use     TEXT NOT NULL DEFAULT '',
        when_not_to_use TEXT NOT NULL DEFAULT '',
        example         TEXT NOT NULL DEFAULT '',
        shortcut        TEXT,
        is_codable      INTEGER NOT NULL DEFAULT 1 CHECK (is_codable IN (0, 1)),
        sort_order      INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE UNIQUE INDEX codes_unique_sibling_name ON codes(ifnull(parent_id, ''), lower(name)) WHERE deleted_at IS NULL;
      CREATE UNIQUE INDEX codes_unique_shortcut ON codes(shortcut) WHERE shortcut IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX codes_parent ON codes(parent_id);

      CREATE TABLE highlights (
        id             TEXT PRIMARY KEY,
        article_id     TEXT NOT NULL REFERENCES articles(id),
        start_pos      INTEGER NOT NULL CHECK (start_pos >= 0),
        end_pos        INTEGER NOT NULL CHECK (end_pos > start_pos),
        exact          TEXT NOT NULL,
        prefix         TEXT NOT NULL,
        suffix         TEXT NOT NULL,
        status         TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'review', 'orphaned')),
        previous_exact TEXT,
        memo           TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        deleted_at     TEXT
      ) STRICT;
      CREATE INDEX highlights_article ON highlights(article_id, start_pos);

      -- One tagging model: any item (article, highlight, case; later quotes, accounts, figures) carries codes.
      CREATE TABLE taggings (
        code_id    TEXT NOT NULL REFERENCES codes(id),
        item_type  TEXT NOT NULL CHECK (item_type IN ('article', 'highlight', 'case', 'quote', 'account', 'figure')),
        item_id    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (code_id, item_type, item_id)
      ) STRICT;
      CREATE INDEX taggings_item ON taggings(item_type, item_id);

      CREATE TABLE cases (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;

      CREATE TABLE case_articles (
        case_id    TEXT NOT NULL REFERENCES cases(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        added_at   TEXT NOT NULL,
        PRIMARY KEY (case_id, article_id)
      ) STRICT;
      CREATE INDEX case_articles_article ON case_articles(article_id);

      CREATE TABLE memos (
        id          TEXT PRIMARY KEY,
        target_type TEXT NOT NULL CHECK (target_type IN ('article', 'case')),
        target_id   TEXT NOT NULL,
        text        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX memos_target ON memos(target_type, target_id);

      -- Corrections of a reading text: each one is recorded; the text changes only through one.
      CREATE TABLE article_revisions (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles(id),
        old_text    TEXT NOT NULL,
        new_text    TEXT NOT NULL,
        reason      TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;

      DROP TRIGGER article_text_is_fixed;
      CREATE TRIGGER article_text_changes_only_by_revision BEFORE UPDATE OF text ON articles
      WHEN NEW.text IS NOT OLD.text AND NOT EXISTS (
        SELECT 1 FROM article_revisions r WHERE r.article_id = NEW.id AND r.old_text = OLD.text AND r.new_text = NEW.text)
      BEGIN SELECT RAISE(ABORT, 'the reading text of an article cannot be changed without a recorded correction'); END;

      -- Workspace-wide undo/redo: groups are user actions; entries are the SQL that reverses them.
      CREATE TABLE undo_state (
        only_row  INTEGER PRIMARY KEY CHECK (only_row = 1),
        recording INTEGER NOT NULL DEFAULT 0,
        grp       INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO undo_state (only_row, recording, grp) VALUES (1, 0, 0);
      CREATE TABLE undo_groups (
        grp        INTEGER PRIMARY KEY,
        stack      TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
        label      TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE undo_entries (
        seq INTEGER PRIMARY KEY,
        grp INTEGER NOT NULL,
        sql TEXT NOT NULL
      ) STRICT;
      CREATE INDEX undo_entries_grp ON undo_entries(grp, seq);

      ${undoTriggersSql('codes', CODE_COLUMNS)}
      ${undoTriggersSql('highlights', HIGHLIGHT_COLUMNS)}
      ${undoTriggersSql('taggings', TAGGING_COLUMNS)}
      ${undoTriggersSql('cases', CASE_COLUMNS)}
      ${undoTriggersSql('case_articles', CASE_ARTICLE_COLUMNS)}
      ${undoTriggersSql('memos', MEMO_COLUMNS)}
    `);
  },
};
