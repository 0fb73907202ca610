import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/db/migrate';
import { migrations } from '../../../src/node/db/migrations';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(8));
  insertArticle(db, 'a1', 'The gunmen named Abu Karam entered the village.');
  db.prepare("INSERT INTO memos (id, target_type, target_id, text, created_at, updated_at) VALUES ('m1', 'article', 'a1', 'written before 0009', 'n', 'n')").run();
  db.prepare("INSERT INTO settings VALUES ('local_user', 'researcher-7')").run();
  migrate(db, migrations.filter((m) => m.version <= 9));
});
afterEach(() => remove());

const redact = (id: string, start = 17, end = 26, reason = 'names a relative', type = 'article') =>
  db
    .prepare("INSERT INTO redactions (id, target_type, target_id, start_pos, end_pos, exact, reason, created_at, updated_at) VALUES (?, ?, 'a1', ?, ?, 'Abu Karam', ?, 'n', 'n')")
    .run(id, type, start, end, reason);
const recording = (on: boolean, grp = 1) => db.prepare('UPDATE undo_state SET recording = ?, grp = ?').run(on ? 1 : 0, grp);
const replay = (grp: number) => {
  const entries = db.prepare('SELECT sql FROM undo_entries WHERE grp = ? ORDER BY seq DESC').pluck().all(grp) as string[];
  recording(true, 1000 + grp);
  for (const sql of entries) db.exec(sql);
  recording(false);
};

describe('migration 0009: redactions and memo visibility', () => {
  it('gives existing memos the team visibility and accepts only private, team and public', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare("SELECT visibility FROM memos WHERE id = 'm1'").pluck().get()).toBe('team');
    db.prepare("UPDATE memos SET visibility = 'private' WHERE id = 'm1'").run();
    expect(() => db.prepare("UPDATE memos SET visibility = 'everyone' WHERE id = 'm1'").run()).toThrow(/CHECK/);
  });

  it('refuses a redaction with an unknown target, an empty span or no reason', () => {
    redact('r1');
    expect(() => redact('r2', 17, 26, 'x', 'highlight')).toThrow(/CHECK/);
    expect(() => redact('r3', 26, 26)).toThrow(/CHECK/);
    expect(() => redact('r4', 17, 26, '  ')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM redactions').pluck().get()).toBe(1);
  });

  it('records every change of a redaction in the history, with who', () => {
    redact('r1');
    db.prepare("UPDATE redactions SET reason = 'location' WHERE id = 'r1'").run();
    db.prepare("UPDATE redactions SET deleted_at = 'later' WHERE id = 'r1'").run();
    const rows = db.prepare("SELECT action, user, json_extract(after, '$.reason') AS reason FROM history WHERE item_type = 'redaction' AND item_id = 'r1' ORDER BY seq").all();
    expect(rows).toEqual([
      { action: 'create', user: 'researcher-7', reason: 'names a relative' },
      { action: 'update', user: 'researcher-7', reason: 'location' },
      { action: 'trash', user: 'researcher-7', reason: 'location' },
    ]);
  });

  it('undoes a redaction and a change of memo visibility while an action is recorded', () => {
    recording(true, 1);
    redact('r1');
    db.prepare("UPDATE memos SET visibility = 'public' WHERE id = 'm1'").run();
    recording(false);
    replay(1);
    expect(db.prepare('SELECT count(*) FROM redactions').pluck().get()).toBe(0);
    expect(db.prepare("SELECT visibility FROM memos WHERE id = 'm1'").pluck().get()).toBe('team');
    recording(true, 2);
    db.prepare("DELETE FROM memos WHERE id = 'm1'").run();
    recording(false);
    replay(2);
    expect(db.prepare("SELECT text || '/' || visibility FROM memos WHERE id = 'm1'").pluck().get()).toBe('written before 0009/team');
  });
});
