import type { Migration } from '../migration';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
const USER = "ifnull((SELECT value FROM settings WHERE key = 'local_user'), 'unknown')";
const highlightJson = (r: string) =>
  `json_object('start', ${r}.start_pos, 'end', ${r}.end_pos, 'exact', ${r}.exact, 'status', ${r}.status, 'memo', ${r}.memo, 'deleted_at', ${r}.deleted_at)`;

/**
 * Chain of custody: every change to a highlight (and to the codes on it) is recorded with when,
 * which local user, and the value before and after. Written by triggers, so no path can skip it.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'history of changes (chain of custody)',
  up(db) {
    db.exec(`
      CREATE TABLE history (
        seq       INTEGER PRIMARY KEY,
        item_type TEXT NOT NULL,
        item_id   TEXT NOT NULL,
        action    TEXT NOT NULL,
        before    TEXT,
        after     TEXT,
        at        TEXT NOT NULL,
        user      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_item ON history(item_type, item_id, seq);
      CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

      CREATE TRIGGER highlights_history_insert AFTER INSERT ON highlights BEGIN
        INSERT INTO history (item_type, item_id, action, before, after, at, user)
        VALUES ('highlight', NEW.id, 'create', NULL, ${highlightJson('NEW')}, ${NOW}, ${USER});
      END;
      CREATE TRIGGER highlights_history_update AFTER UPDATE ON highlights
      WHEN ${highlightJson('OLD')} IS NOT ${highlightJson('NEW')} BEGIN
        INSERT INTO history (item_type, item_id, action, before, after, at, user)
        VALUES ('highlight', NEW.id,
          CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'trash'
               WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'restore'
               ELSE 'update' END,
          ${highlightJson('OLD')}, ${highlightJson('NEW')}, ${NOW}, ${USER});
      END;
      CREATE TRIGGER highlights_history_delete AFTER DELETE ON highlights BEGIN
        INSERT INTO history (item_type, item_id, action, before, after, at, user)
        VALUES ('highlight', OLD.id, 'delete', ${highlightJson('OLD')}, NULL, ${NOW}, ${USER});
      END;
      CREATE TRIGGER taggings_history_insert AFTER INSERT ON taggings WHEN NEW.item_type <> 'article' AND NEW.item_type <> 'case' BEGIN
        INSERT INTO history (item_type, item_id, action, before, after, at, user)
        VALUES (NEW.item_type, NEW.item_id, 'code added', NULL,
          json_object('code', (SELECT name FROM codes WHERE id = NEW.code_id), 'codeId', NEW.code_id), ${NOW}, ${USER});
      END;
      CREATE TRIGGER taggings_history_delete AFTER DELETE ON taggings WHEN OLD.item_type <> 'article' AND OLD.item_type <> 'case' BEGIN
        INSERT INTO history (item_type, item_id, action, before, after, at, user)
        VALUES (OLD.item_type, OLD.item_id, 'code removed',
          json_object('code', (SELECT name FROM codes WHERE id = OLD.code_id), 'codeId', OLD.code_id), NULL, ${NOW}, ${USER});
      END;
    `);
  },
};
