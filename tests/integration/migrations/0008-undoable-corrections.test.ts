import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/db/migrate';
import { migrations } from '../../../src/node/db/migrations';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
const revise = (id: string, from: string, to: string) =>
  db.prepare("INSERT INTO article_revisions (id, article_id, old_text, new_text, reason, created_at) VALUES (?, 'a1', ?, ?, 'r', 'n')").run(id, from, to);
const setText = (text: string) => db.prepare("UPDATE articles SET text = ?, char_count = ? WHERE id = 'a1'").run(text, text.length);
const textNow = () => db.prepare("SELECT text FROM articles WHERE id = 'a1'").pluck().get();

beforeEach(() => {
  ({ db, remove } = databaseAt(7));
  insertArticle(db, 'a1', 'Tel Hasan');
  revise('r1', 'Tel Hasan', 'Tall Hasan');
  setText('Tall Hasan'); // a correction made before the migration
  migrate(db, migrations.filter((m) => m.version <= 8));
});
afterEach(() => remove());

describe('migration 0008: undoable corrections', () => {
  const recording = (on: boolean) => db.prepare('UPDATE undo_state SET recording = ?').run(on ? 1 : 0);

  it('lets the newest correction be reverted while an undo is replayed, and nothing else', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(() => setText('Tall Hassan')).toThrow(/recorded correction/);
    expect(() => setText('Tel Hasan')).toThrow(/recorded correction/); // back, but not as an undo
    recording(true);
    setText('Tel Hasan'); // back along the recorded correction (undo)
    setText('Tall Hasan'); // and forward again (redo)
    recording(false);
    expect(textNow()).toBe('Tall Hasan');
    db.prepare("DELETE FROM article_revisions WHERE id = 'r1'").run();
    recording(true);
    expect(() => setText('Tel Hasan')).toThrow(/recorded correction/);
  });

  it('moves only along the newest correction: an earlier one neither replays nor reverts', () => {
    revise('r2', 'Tall Hasan', 'Tall Hassan');
    setText('Tall Hassan');
    expect(() => setText('Tall Hasan')).toThrow(/recorded correction/);
    recording(true);
    expect(() => setText('Tel Hasan')).toThrow(/recorded correction/); // skipping back two corrections
    setText('Tall Hasan'); // one back (undo of r2)
    expect(() => setText('Tel Hasan')).toThrow(/recorded correction/); // r2 is still the newest
    db.prepare("DELETE FROM article_revisions WHERE id = 'r2'").run(); // as the undo of r2 does next
    setText('Tel Hasan');
    recording(false);
    expect(() => setText('Tall Hasan')).not.toThrow(); // forward along r1, as a redo would
  });

  it('records how to undo a correction only while an action is being recorded', () => {
    revise('r2', 'Tall Hasan', 'Tel Hasan');
    setText('Tel Hasan');
    expect(db.prepare('SELECT count(*) FROM undo_entries').pluck().get()).toBe(0);
    db.prepare('UPDATE undo_state SET recording = 1, grp = 5').run();
    revise('r3', 'Tel Hasan', 'Tal Hasan');
    setText('Tal Hasan');
    db.prepare('UPDATE undo_state SET recording = 0').run();
    const entries = db.prepare('SELECT sql FROM undo_entries WHERE grp = 5 ORDER BY seq DESC').pluck().all() as string[];
    expect(entries).toHaveLength(2);
    db.prepare('UPDATE undo_state SET recording = 1, grp = 6').run(); // replaying, as undo does
    for (const sql of entries) db.exec(sql);
    db.prepare('UPDATE undo_state SET recording = 0').run();
    expect(textNow()).toBe('Tel Hasan');
    expect(db.prepare("SELECT count(*) FROM article_revisions WHERE id = 'r3'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT char_count FROM articles WHERE id = 'a1'").pluck().get()).toBe('Tel Hasan'.length);
  });
});
