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
  it('lets a recorded correction be reverted, and nothing else', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(() => setText('Tall Hassan')).toThrow(/recorded correction/);
    setText('Tel Hasan'); // back along the recorded correction (undo)
    setText('Tall Hasan'); // and forward again (redo)
    expect(textNow()).toBe('Tall Hasan');
    db.prepare("DELETE FROM article_revisions WHERE id = 'r1'").run();
    expect(() => setText('Tel Hasan')).toThrow(/recorded correction/);
  });

  it('records how to undo a correction only while an action is being recorded', () => {
    setText('Tel Hasan');
    expect(db.prepare('SELECT count(*) FROM undo_entries').pluck().get()).toBe(0);
    db.prepare('UPDATE undo_state SET recording = 1, grp = 5').run();
    revise('r2', 'Tel Hasan', 'Tal Hasan');
    setText('Tal Hasan');
    db.prepare('UPDATE undo_state SET recording = 0').run();
    const entries = db.prepare('SELECT sql FROM undo_entries WHERE grp = 5 ORDER BY seq DESC').pluck().all() as string[];
    expect(entries).toHaveLength(2);
    for (const sql of entries) db.exec(sql);
    expect(textNow()).toBe('Tel Hasan');
    expect(db.prepare("SELECT count(*) FROM article_revisions WHERE id = 'r2'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT char_count FROM articles WHERE id = 'a1'").pluck().get()).toBe('Tel Hasan'.length);
  });
});
