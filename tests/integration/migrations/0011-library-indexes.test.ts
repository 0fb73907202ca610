import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/db/migrate';
import { migrations } from '../../../src/node/db/migrations';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(10));
  insertArticle(db, 'a1', 'Monitors counted the dead in the coastal region.');
  insertArticle(db, 'a2', 'A second report from the coast.');
  db.prepare("UPDATE articles SET deleted_at = 'n' WHERE id = 'a2'").run();
  migrate(db, migrations.filter((m) => m.version <= 11));
});
afterEach(() => remove());

describe('migration 0011: library indexes', () => {
  it('indexes the live articles by title and id, leaving the trash out of the index', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_live_title'").pluck().get() as string;
    expect(sql).toMatch(/title COLLATE NOCASE, id\) WHERE deleted_at IS NULL/);
    const indexed = db.prepare('SELECT id FROM articles INDEXED BY articles_live_title WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, id').pluck().all();
    expect(indexed).toEqual(['a1']);
  });

  it('keeps every row and passes the integrity check', () => {
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
