import type { Migration } from '../migration';
import { undoTriggersSql } from '../undo-triggers';

const REVISION_COLUMNS = ['id', 'article_id', 'old_text', 'new_text', 'reason', 'created_at'];
const RECORDING = 'WHEN (SELECT recording FROM undo_state) = 1';

/**
 * Corrections of a reading text join workspace-wide undo. The reading text still changes only
 * through a recorded correction: to its new text, or (undo and redo) from its new text back to its
 * old one while that correction is still recorded. The undo entry of a correction restores the
 * text, its length and the time of the change; the correction's revision row is undone with it.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'undoable corrections of the reading text',
  up(db) {
    db.exec(`
      DROP TRIGGER article_text_changes_only_by_revision;
      CREATE TRIGGER article_text_changes_only_by_revision BEFORE UPDATE OF text ON articles
      WHEN NEW.text IS NOT OLD.text AND NOT EXISTS (
        SELECT 1 FROM article_revisions r WHERE r.article_id = NEW.id
          AND ((r.old_text = OLD.text AND r.new_text = NEW.text) OR (r.old_text = NEW.text AND r.new_text = OLD.text)))
      BEGIN SELECT RAISE(ABORT, 'the reading text of an article cannot be changed without a recorded correction'); END;

      CREATE TRIGGER articles_undo_correction AFTER UPDATE OF text ON articles ${RECORDING}
      BEGIN INSERT INTO undo_entries (grp, sql) VALUES ((SELECT grp FROM undo_state),
        'UPDATE articles SET text=' || quote(OLD.text) || ',char_count=' || OLD.char_count || ',updated_at=' || quote(OLD.updated_at) || ' WHERE rowid=' || OLD.rowid); END;

      ${undoTriggersSql('article_revisions', REVISION_COLUMNS)}
    `);
  },
};
