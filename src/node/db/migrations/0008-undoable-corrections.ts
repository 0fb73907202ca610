import type { Migration } from '../migration';
import { undoTriggersSql } from '../undo-triggers';

const REVISION_COLUMNS = ['id', 'article_id', 'old_text', 'new_text', 'reason', 'created_at'];
const RECORDING = 'WHEN (SELECT recording FROM undo_state) = 1';

/**
 * Corrections of a reading text join workspace-wide undo, and so does moving an article to the
 * trash and back (an undo step must never bring back the highlights of an article that is in the
 * trash). The reading text still changes only through the newest recorded correction of the
 * article: forward to its new text, or back to its old text while an undo or redo is being
 * replayed. The undo entry of a correction restores the text, its length and the time of the
 * change; the correction's revision row is undone with it.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'undoable corrections of the reading text and trash moves of articles',
  up(db) {
    db.exec(`
      DROP TRIGGER article_text_changes_only_by_revision;
      CREATE TRIGGER article_text_changes_only_by_revision BEFORE UPDATE OF text ON articles
      WHEN NEW.text IS NOT OLD.text AND NOT EXISTS (
        SELECT 1 FROM article_revisions r
        WHERE r.rowid = (SELECT max(rowid) FROM article_revisions WHERE article_id = NEW.id)
          AND ((r.old_text = OLD.text AND r.new_text = NEW.text)
            OR (r.old_text = NEW.text AND r.new_text = OLD.text AND (SELECT recording FROM undo_state) = 1)))
      BEGIN SELECT RAISE(ABORT, 'the reading text of an article cannot be changed without a recorded correction'); END;

      CREATE TRIGGER articles_undo_correction AFTER UPDATE OF text ON articles ${RECORDING}
      BEGIN INSERT INTO undo_entries (grp, sql) VALUES ((SELECT grp FROM undo_state),
        'UPDATE articles SET text=' || quote(OLD.text) || ',char_count=' || OLD.char_count || ',updated_at=' || quote(OLD.updated_at) || ' WHERE rowid=' || OLD.rowid); END;

      CREATE TRIGGER articles_undo_trash AFTER UPDATE OF deleted_at ON articles ${RECORDING}
      BEGIN INSERT INTO undo_entries (grp, sql) VALUES ((SELECT grp FROM undo_state),
        'UPDATE articles SET deleted_at=' || quote(OLD.deleted_at) || ',updated_at=' || quote(OLD.updated_at) || ' WHERE rowid=' || OLD.rowid); END;

      ${undoTriggersSql('article_revisions', REVISION_COLUMNS)}
    `);
  },
};
