/**
 * Row-level undo in the database itself (the technique from SQLite's "Automatic Undo/Redo"):
 * triggers write the SQL that reverses each insert, update or delete into undo_entries,
 * tagged with the current action group, while undo_state.recording is 1.
 */
export function undoTriggersSql(table: string, columns: readonly string[]): string {
  const when = 'WHEN (SELECT recording FROM undo_state) = 1';
  const group = '(SELECT grp FROM undo_state)';
  const setOld = columns.map((c) => `'${c}=' || quote(OLD.${c})`).join(" || ',' || ");
  const valuesOld = columns.map((c) => `quote(OLD.${c})`).join(" || ',' || ");
  return `
    CREATE TRIGGER ${table}_undo_insert AFTER INSERT ON ${table} ${when}
    BEGIN INSERT INTO undo_entries (grp, sql) VALUES (${group}, 'DELETE FROM ${table} WHERE rowid=' || NEW.rowid); END;

    CREATE TRIGGER ${table}_undo_update AFTER UPDATE ON ${table} ${when}
    BEGIN INSERT INTO undo_entries (grp, sql) VALUES (${group}, 'UPDATE ${table} SET ' || ${setOld} || ' WHERE rowid=' || OLD.rowid); END;

    CREATE TRIGGER ${table}_undo_delete BEFORE DELETE ON ${table} ${when}
    BEGIN INSERT INTO undo_entries (grp, sql) VALUES (${group}, 'INSERT INTO ${table} (rowid,${columns.join(',')}) VALUES (' || OLD.rowid || ',' || ${valuesOld} || ')'); END;
  `;
}
