import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src/node/db/migrations/0001-articles';
import { openDatabase, type Db } from '../../../src/node/db/open';
import { tempDir } from '../../helpers/workspace';

let db: Db;
let remove: () => void;
beforeEach(() => {
  const t = tempDir();
  remove = t.remove;
  db = openDatabase(join(t.dir, 'w.sqlite'));
  db.transaction(() => migration0001.up(db))();
  db.prepare("INSERT INTO originals VALUES (?, 'text/plain', 'a.txt', 3, '2025-03-10T00:00:00.000Z', 'text', x'616263')").run('a'.repeat(64));
  db.prepare(
    "INSERT INTO articles (id, original_sha256, title, language, text, char_count, created_at, updated_at) VALUES ('id1', ?, 'T', 'en', 'abc', 3, 'now', 'now')",
  ).run('a'.repeat(64));
});
afterEach(() => {
  db.close();
  remove();
});

describe('migration 0001: articles and originals', () => {
  it('keeps originals immutable', () => {
    expect(() => db.prepare("UPDATE originals SET data = x'00'").run()).toThrow(/immutable/);
    expect(db.prepare('SELECT data FROM originals').pluck().get()).toEqual(Buffer.from('abc'));
  });

  it('refuses a change to an article\u2019s reading text but allows metadata edits', () => {
    expect(() => db.prepare("UPDATE articles SET text = 'abd'").run()).toThrow(/cannot be changed/);
    db.prepare("UPDATE articles SET title = 'New'").run();
    expect(db.prepare('SELECT title FROM articles').pluck().get()).toBe('New');
  });

  it('holds one article per original and requires the original to exist', () => {
    expect(() =>
      db.prepare("INSERT INTO articles (id, original_sha256, title, language, text, char_count, created_at, updated_at) VALUES ('id2', ?, 'T', 'en', 'x', 1, 'n', 'n')").run('a'.repeat(64)),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO articles (id, original_sha256, title, language, text, char_count, created_at, updated_at) VALUES ('id3', ?, 'T', 'en', 'x', 1, 'n', 'n')").run('b'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
  });
});
