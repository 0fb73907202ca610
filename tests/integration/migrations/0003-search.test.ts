import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/node/db/open';
import { migrate } from '../../../src/node/db/migrate';
import { migrations } from '../../../src/node/db/migrations';
import { SEARCH_SOURCES } from '../../../src/node/db/migrations/0003-search';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(2));
  insertArticle(db, 'a1', 'Alawite civilians were killed in the coastal region.');
  insertArticle(db, 'a2', 'قُتل ما لا يقل عن ٤٥ مدنياً');
  migrate(db, migrations.filter((m) => m.version <= 3));
});
afterEach(() => remove());

const match = (q: string) => db.prepare('SELECT rowid FROM fts_articles WHERE fts_articles MATCH ?').pluck().all(q);
const integrity = () => {
  for (const s of SEARCH_SOURCES) db.prepare(`INSERT INTO ${s.fts} (${s.fts}, rank) VALUES ('integrity-check', 1)`).run();
};

describe('migration 0003: search index', () => {
  it('indexes the rows that existed before it, normalised', () => {
    expect(match('"alawite"')).toHaveLength(1);
    expect(match('"مدنيا"')).toHaveLength(1);
    expect(match('"45"')).toHaveLength(1);
    integrity();
  });

  it('keeps the index in step with inserts, edits and deletions to the trash', () => {
    db.prepare("UPDATE articles SET title = 'Zanzibar report' WHERE id = 'a1'").run();
    expect(match('"zanzibar"')).toHaveLength(1);
    db.prepare("UPDATE articles SET deleted_at = 'n' WHERE id = 'a1'").run();
    expect(match('"zanzibar"')).toHaveLength(0);
    db.prepare("UPDATE articles SET deleted_at = NULL WHERE id = 'a1'").run();
    expect(match('"zanzibar"')).toHaveLength(1);
    integrity();
  });
});
