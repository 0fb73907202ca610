import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(2));
  insertArticle(db, 'a1', 'Some reading text');
});
afterEach(() => remove());

const code = (id: string, parent: string | null, name: string) =>
  db.prepare("INSERT INTO codes (id, parent_id, name, color, created_at, updated_at) VALUES (?, ?, ?, '#aabbcc', 'n', 'n')").run(id, parent, name);

describe('migration 0002: annotation', () => {
  it('keeps code names unique among live siblings, case-insensitively', () => {
    code('c1', null, 'Alawite');
    code('c2', null, 'Sunni');
    expect(() => code('c3', null, 'alawite')).toThrow(/UNIQUE/);
    code('c4', 'c2', 'Alawite'); // another parent: fine
    db.prepare("UPDATE codes SET deleted_at = 'n' WHERE id = 'c1'").run();
    code('c5', null, 'Alawite'); // the old one is in the trash
  });

  it('refuses a colour that is not #rrggbb and a highlight with an empty span', () => {
    expect(() => db.prepare("INSERT INTO codes (id, name, color, created_at, updated_at) VALUES ('x', 'x', 'red', 'n', 'n')").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at) VALUES ('h', 'a1', 4, 4, '', '', '', 'n', 'n')").run(),
    ).toThrow(/CHECK/);
  });

  it('changes a reading text only through a recorded correction', () => {
    expect(() => db.prepare("UPDATE articles SET text = 'Other' WHERE id = 'a1'").run()).toThrow(/recorded correction/);
    db.prepare("INSERT INTO article_revisions VALUES ('r1', 'a1', 'Some reading text', 'Corrected text', 'typo', 'n')").run();
    db.prepare("UPDATE articles SET text = 'Corrected text' WHERE id = 'a1'").run();
    expect(db.prepare("SELECT text FROM articles WHERE id = 'a1'").pluck().get()).toBe('Corrected text');
  });

  it('records the inverse of every change while recording is on, and nothing when off', () => {
    code('c1', null, 'Off the record');
    expect(db.prepare('SELECT count(*) FROM undo_entries').pluck().get()).toBe(0);
    db.prepare('UPDATE undo_state SET recording = 1, grp = 7').run();
    code('c2', null, 'Recorded');
    db.prepare("UPDATE codes SET name = 'Renamed' WHERE id = 'c1'").run();
    db.prepare("DELETE FROM codes WHERE id = 'c2'").run();
    db.prepare('UPDATE undo_state SET recording = 0').run();
    const entries = db.prepare('SELECT grp, sql FROM undo_entries ORDER BY seq').all() as { grp: number; sql: string }[];
    expect(entries.map((e) => e.grp)).toEqual([7, 7, 7]);
    expect(entries[0].sql).toMatch(/^DELETE FROM codes WHERE rowid=\d+$/);
    expect(entries[1].sql).toMatch(/^UPDATE codes SET .*name='Off the record'/);
    expect(entries[2].sql).toMatch(/^INSERT INTO codes \(rowid,.*'Recorded'/);
    for (const e of entries.reverse()) db.prepare(e.sql).run();
    expect(db.prepare('SELECT name FROM codes ORDER BY name').pluck().all()).toEqual(['Off the record']);
  });
});
