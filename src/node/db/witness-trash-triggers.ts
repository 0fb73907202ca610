import { NOW, USER } from './history-triggers';
import type { Db } from './open';

const RECORDING = 'WHEN (SELECT recording FROM undo_state) = 1';

/**
 * Moving a witness to the trash and back is undoable and in the history, like an article (0008's
 * articles_undo_trash): the undo entry and the history row hold the deletion time only, never a
 * field of the witness, and nothing ever reads witness_identities. These are TEMP triggers,
 * created on every connection the workspace opens, so that no migration is needed; a later
 * migration may make them part of the schema (with the same SQL).
 */
export function installWitnessTrashTriggers(db: Db): void {
  db.exec(`
    CREATE TEMP TRIGGER IF NOT EXISTS witnesses_undo_trash AFTER UPDATE OF deleted_at ON main.witnesses ${RECORDING}
    BEGIN INSERT INTO undo_entries (grp, sql) VALUES ((SELECT grp FROM undo_state),
      'UPDATE witnesses SET deleted_at=' || quote(OLD.deleted_at) || ',updated_at=' || quote(OLD.updated_at) || ' WHERE rowid=' || OLD.rowid); END;

    CREATE TEMP TRIGGER IF NOT EXISTS witnesses_history_trash AFTER UPDATE OF deleted_at ON main.witnesses WHEN OLD.deleted_at IS NOT NEW.deleted_at
    BEGIN INSERT INTO history (item_type, item_id, action, before, after, at, user) VALUES ('witness', NEW.id,
      CASE WHEN NEW.deleted_at IS NULL THEN 'restore' ELSE 'trash' END,
      json_object('deleted_at', OLD.deleted_at), json_object('deleted_at', NEW.deleted_at), ${NOW}, ${USER}); END;

    CREATE TEMP TRIGGER IF NOT EXISTS witnesses_history_delete AFTER DELETE ON main.witnesses
    BEGIN INSERT INTO history (item_type, item_id, action, before, after, at, user) VALUES ('witness', OLD.id, 'delete', NULL, NULL, ${NOW}, ${USER}); END;
  `);
}
