import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/db/migrate';
import { migrations } from '../../../src/node/db/migrations';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
const attachedToTaggings = () =>
  db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'taggings' AND type IN ('index', 'trigger') ORDER BY name").all();
let before: unknown[];

beforeEach(() => {
  ({ db, remove } = databaseAt(6));
  insertArticle(db, 'a1', 'Gunmen entered the village at night.');
  db.prepare("INSERT INTO codes (id, name, color, created_at, updated_at) VALUES ('c1', 'Identity-based targeting', '#aa3344', 'n', 'n')").run();
  db.prepare("INSERT INTO codes (id, name, color, created_at, updated_at) VALUES ('c2', 'Displacement', '#3344aa', 'n', 'n')").run();
  db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c2', 'article', 'a1', 't1')").run();
  db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c1', 'article', 'a1', 't0')").run();
  db.prepare("DELETE FROM taggings WHERE code_id = 'c2'").run(); // leaves a gap in the rowids
  db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c2', 'figure', 'f1', 't2')").run();
  expect(() => db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c1', 'actor', 'r1', 'n')").run()).toThrow(/CHECK/);
  before = attachedToTaggings();
  migrate(db, migrations.filter((m) => m.version <= 7));
});
afterEach(() => remove());

describe('migration 0007: codes on actors and incidents', () => {
  it('keeps every tagging with its rowid, and the same indexes and triggers', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT rowid, code_id, item_type, item_id, created_at FROM taggings ORDER BY rowid').all()).toEqual([
      { rowid: 2, code_id: 'c1', item_type: 'article', item_id: 'a1', created_at: 't0' },
      { rowid: 3, code_id: 'c2', item_type: 'figure', item_id: 'f1', created_at: 't2' },
    ]);
    expect(attachedToTaggings()).toEqual(before);
    expect(before.length).toBeGreaterThanOrEqual(6); // the item index, three undo and two history triggers
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('accepts actors and incidents, still refuses unknown types and duplicates, and records history', () => {
    db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c1', 'actor', 'r1', 'n')").run();
    db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c1', 'incident', 'i1', 'n')").run();
    expect(() => db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c1', 'witness', 'w1', 'n')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('c1', 'actor', 'r1', 'n')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES ('nope', 'actor', 'r1', 'n')").run()).toThrow(/FOREIGN KEY/);
    const history = db.prepare("SELECT item_type, item_id, action, json_extract(after, '$.code') AS code FROM history WHERE action = 'code added' ORDER BY seq").all();
    expect(history).toEqual(expect.arrayContaining([{ item_type: 'actor', item_id: 'r1', action: 'code added', code: 'Identity-based targeting' }, { item_type: 'incident', item_id: 'i1', action: 'code added', code: 'Identity-based targeting' }]));
  });

  it('keeps undo working on rows tagged before the migration', () => {
    db.prepare('UPDATE undo_state SET recording = 1, grp = 1').run();
    db.prepare("DELETE FROM taggings WHERE rowid = 2").run();
    db.prepare('UPDATE undo_state SET recording = 0').run();
    const undo = db.prepare('SELECT sql FROM undo_entries WHERE grp = 1').pluck().all() as string[];
    expect(undo).toHaveLength(1);
    db.exec(undo[0]);
    expect(db.prepare('SELECT rowid, code_id, item_type FROM taggings WHERE rowid = 2').get()).toEqual({ rowid: 2, code_id: 'c1', item_type: 'article' });
  });
});
