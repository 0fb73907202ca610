import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(4));
  insertArticle(db, 'a1', 'Some reading text');
  db.prepare("INSERT INTO settings VALUES ('local_user', 'researcher-7')").run();
});
afterEach(() => remove());

const history = () => db.prepare('SELECT item_id, action, before, after, user FROM history ORDER BY seq').all() as { item_id: string; action: string; before: string | null; after: string | null; user: string }[];

describe('migration 0004: history', () => {
  it('records create, update, trash, restore and delete of a highlight, with the local user', () => {
    db.prepare("INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at) VALUES ('h1', 'a1', 0, 4, 'Some', '', ' reading', 'n', 'n')").run();
    db.prepare("UPDATE highlights SET memo = 'checked' WHERE id = 'h1'").run();
    db.prepare("UPDATE highlights SET updated_at = 'later' WHERE id = 'h1'").run(); // no tracked field changed: not recorded
    db.prepare("UPDATE highlights SET deleted_at = 'n' WHERE id = 'h1'").run();
    db.prepare("UPDATE highlights SET deleted_at = NULL WHERE id = 'h1'").run();
    db.prepare("DELETE FROM highlights WHERE id = 'h1'").run();
    const rows = history();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'trash', 'restore', 'delete']);
    expect(rows.every((r) => r.user === 'researcher-7')).toBe(true);
    expect(JSON.parse(rows[1].before!).memo).toBe('');
    expect(JSON.parse(rows[1].after!).memo).toBe('checked');
  });

  it('is append-only', () => {
    db.prepare("INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at) VALUES ('h1', 'a1', 0, 4, 'Some', '', '', 'n', 'n')").run();
    expect(() => db.prepare("UPDATE history SET user = 'someone else'").run()).toThrow(/append-only/);
  });
});
