import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/db/migrate';
import { migrations } from '../../../src/node/db/migrations';
import type { Db } from '../../../src/node/db/open';
import { searchIndexProblems } from '../../../src/node/safety/integrity';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(9));
  insertArticle(db, 'a1', 'Gunmen carried out killings in Baniyas; President Ahmad al-Sharaa spoke.');
  insertArticle(db, 'a2', 'سقط القتلى في الساحل السوري.');
  insertArticle(db, 'a3', 'Nothing to see here.');
  db.prepare("INSERT INTO actors (id, name, name_normalized, type, alias_text, created_at, updated_at) VALUES ('r1', 'SOHR', 'sohr', 'organisation', 'المرصد السوري', 'n', 'n')").run();
});
afterEach(() => remove());

const found = (fts: string, match: string) => db.prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rank`).pluck().all(match);
const rowid = (id: string) => db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(id);

describe('migration 0010: stemmed search indexes', () => {
  it('rebuilds every existing index with surface, stemmed and name columns, in the migration', () => {
    expect(() => found('fts_articles', 'stem : "kill"')).toThrow(/no such column: stem/); // before: one column only
    migrate(db, migrations.filter((m) => m.version <= 10));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(found('fts_articles', 'stem : "kill"')).toEqual([rowid('a1')]);
    expect(found('fts_articles', 'stem : "قتل"')).toEqual([rowid('a2')]);
    expect(found('fts_articles', 'stem : "ساحل"')).toEqual([rowid('a2')]);
    expect(found('fts_articles', 'name : "shara"')).toEqual([rowid('a1')]);
    expect(found('fts_articles', 'body : "killings"')).toEqual([rowid('a1')]);
    expect(found('fts_actors', 'stem : "مرصد"')).toHaveLength(1);
    expect(searchIndexProblems(db)).toEqual([]);
  });

  it('keeps the new index in step with inserts, corrections and deletions, and ranks exact forms first', () => {
    migrate(db, migrations.filter((m) => m.version <= 10));
    insertArticle(db, 'a4', 'One man was killed.');
    insertArticle(db, 'a5', 'A kill list was found, and the killing went on.');
    db.prepare("UPDATE articles SET title = 'Killed at dawn' WHERE id = 'a3'").run();
    db.prepare("UPDATE articles SET deleted_at = 'now' WHERE id = 'a1'").run();
    const hits = found('fts_articles', 'body : "killed" OR stem : "kill"');
    expect(new Set(hits)).toEqual(new Set([rowid('a3'), rowid('a4'), rowid('a5')]));
    expect(hits.at(-1)).toBe(rowid('a5')); // "kill" and "killing" only: after both exact "killed"
    expect(found('fts_articles', 'stem : "kill"')).not.toContain(rowid('a1'));
    expect(searchIndexProblems(db)).toEqual([]);
  });
});
