/** SQL for the time and the local user a history entry records. */
export const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
export const USER = "ifnull((SELECT value FROM settings WHERE key = 'local_user'), 'unknown')";

export interface HistorySpec {
  table: string;
  /** item_type written to history ('figure', 'quote', ...). */
  itemType: string;
  /** Column naming the item (the row's id, or e.g. witness_id for a witness's consents). */
  idColumn?: string;
  /** json_object(...) of the tracked fields of row OLD or NEW; a change to anything else is not recorded. */
  json(row: string): string;
  /** false for a table without deleted_at (every change is an 'update'). */
  softDelete?: boolean;
}

/**
 * Chain-of-custody triggers like migration 0004's for highlights: every create, update, trash,
 * restore and delete of a row goes to the append-only history with when, who, before and after.
 */
export function historyTriggersSql(s: HistorySpec): string {
  const id = s.idColumn ?? 'id';
  const insert = (itemId: string, action: string, before: string, after: string) =>
    `INSERT INTO history (item_type, item_id, action, before, after, at, user) VALUES ('${s.itemType}', ${itemId}, ${action}, ${before}, ${after}, ${NOW}, ${USER});`;
  return `
    CREATE TRIGGER ${s.table}_history_insert AFTER INSERT ON ${s.table} BEGIN
      ${insert(`NEW.${id}`, "'create'", 'NULL', s.json('NEW'))}
    END;
    CREATE TRIGGER ${s.table}_history_update AFTER UPDATE ON ${s.table}
    WHEN ${s.json('OLD')} IS NOT ${s.json('NEW')} BEGIN
      ${insert(
        `NEW.${id}`,
        s.softDelete === false
          ? "'update'"
          : `CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'trash' WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'restore' ELSE 'update' END`,
        s.json('OLD'),
        s.json('NEW'),
      )}
    END;
    CREATE TRIGGER ${s.table}_history_delete AFTER DELETE ON ${s.table} BEGIN
      ${insert(`OLD.${id}`, "'delete'", s.json('OLD'), 'NULL')}
    END;`;
}
