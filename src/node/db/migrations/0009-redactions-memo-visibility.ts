import { historyTriggersSql } from '../history-triggers';
import type { Migration } from '../migration';
import { undoTriggersSql } from '../undo-triggers';

/** As they stand at this migration (a released migration never changes, even when the enums grow). */
const TARGETS = ['article', 'account_narrative', 'account_translation', 'quote', 'memo'];
const VISIBILITIES = ['private', 'team', 'public'];
const inList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;
const REDACTION_COLUMNS = ['id', 'target_type', 'target_id', 'start_pos', 'end_pos', 'exact', 'reason', 'created_at', 'updated_at', 'deleted_at'];
const MEMO_COLUMNS = ['id', 'target_type', 'target_id', 'text', 'visibility', 'created_at', 'updated_at', 'deleted_at'];
const redactionJson = (r: string) =>
  `json_object('target', ${r}.target_type, 'targetId', ${r}.target_id, 'start', ${r}.start_pos, 'end', ${r}.end_pos, 'exact', ${r}.exact, 'reason', ${r}.reason, 'deleted_at', ${r}.deleted_at)`;

/**
 * Redactions: a span of a text (an article's reading text, an account's narrative or translation,
 * a quote, a memo), in code points of that text, with the text it covered (to check it still
 * stands there after a correction) and the reason. Exports apply them per profile. Undo and
 * history as for the other analyst records.
 *
 * Memos get a visibility (private, team, public; team by default) that export profiles read. The
 * memo undo triggers of 0002 name every column, so they are created again with the new one.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'redactions and memo visibility',
  up(db) {
    db.exec(`
      CREATE TABLE redactions (
        id          TEXT PRIMARY KEY,
        target_type TEXT NOT NULL CHECK (target_type IN ${inList(TARGETS)}),
        target_id   TEXT NOT NULL,
        start_pos   INTEGER NOT NULL CHECK (start_pos >= 0),
        end_pos     INTEGER NOT NULL CHECK (end_pos > start_pos),
        exact       TEXT NOT NULL,
        reason      TEXT NOT NULL CHECK (trim(reason) <> ''),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE INDEX redactions_target ON redactions(target_type, target_id, start_pos);

      ALTER TABLE memos ADD COLUMN visibility TEXT NOT NULL DEFAULT 'team' CHECK (visibility IN ${inList(VISIBILITIES)});
      DROP TRIGGER memos_undo_insert;
      DROP TRIGGER memos_undo_update;
      DROP TRIGGER memos_undo_delete;
      ${undoTriggersSql('memos', MEMO_COLUMNS)}
      ${undoTriggersSql('redactions', REDACTION_COLUMNS)}
      ${historyTriggersSql({ table: 'redactions', itemType: 'redaction', json: redactionJson })}
    `);
  },
};
