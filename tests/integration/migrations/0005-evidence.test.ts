import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/db/migrate';
import { EVIDENCE_SEARCH_SOURCES } from '../../../src/node/db/migrations/0005-evidence';
import { migrations } from '../../../src/node/db/migrations';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(4));
  insertArticle(db, 'a1', 'Over 1,000 people were killed, among them 745 civilians.');
  db.prepare("INSERT INTO settings VALUES ('local_user', 'researcher-7')").run();
  migrate(db, migrations.filter((m) => m.version <= 5));
  db.prepare("INSERT INTO actors (id, name, name_normalized, type, alias_text, created_at, updated_at) VALUES ('r1', 'SOHR', 'sohr', 'organisation', 'المرصد السوري', 'n', 'n')").run();
});
afterEach(() => remove());

const insertFigure = (id: string, extra = '') =>
  db
    .prepare(
      `INSERT INTO figures (id, article_id, start_pos, end_pos, exact, prefix, suffix, anchor_status, reporter_id, reported_date, outcome, group_counted, qualifier, min_count, wording, created_at, updated_at${extra ? ', identity' : ''})
       VALUES (?, 'a1', 0, 10, 'Over 1,000', '', ' people', 'anchored', 'r1', '2025-03-08', 'killed', 'total', 'over', 1001, 'over 1,000 people', 'n', 'n'${extra ? ", 'Alawite'" : ''})`,
    )
    .run(id);
const match = (fts: string, q: string) => db.prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?`).pluck().all(q);
const ftsIntegrity = () => {
  for (const s of EVIDENCE_SEARCH_SOURCES) db.prepare(`INSERT INTO ${s.fts} (${s.fts}, rank) VALUES ('integrity-check', 1)`).run();
};

describe('migration 0005: evidence', () => {
  it('creates the evidence tables, with search indexes for every type but witnesses', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['actors', 'actor_aliases', 'incidents', 'figures', 'article_gradings', 'quotes', 'witnesses', 'witness_identities', 'witness_consents', 'accounts', 'links']));
    expect(tables).toEqual(expect.arrayContaining(['fts_figures', 'fts_quotes', 'fts_accounts', 'fts_actors', 'fts_incidents']));
    expect(tables.filter((t) => /^fts_.*witness/.test(String(t)))).toEqual([]);
  });

  it('puts no trigger at all on witness identities: no undo entry, history value or index copies them', () => {
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('witness_identities', 'witnesses')").pluck().all()).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%witness_identities%' AND name <> 'witness_identities'").pluck().get()).toBe(0);
  });

  it('has undo triggers on the analysts’ evidence tables', () => {
    const undo = db.prepare("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_undo_insert'").pluck().all();
    expect(undo).toEqual(expect.arrayContaining(['figures', 'quotes', 'accounts', 'actors', 'actor_aliases', 'incidents', 'article_gradings', 'witness_consents', 'links']));
    db.prepare('UPDATE undo_state SET recording = 1, grp = 1').run();
    insertFigure('f1');
    db.prepare("UPDATE figures SET wording = 'more than 1,000' WHERE id = 'f1'").run();
    db.prepare('UPDATE undo_state SET recording = 0').run();
    const inverse = db.prepare('SELECT sql FROM undo_entries WHERE grp = 1 ORDER BY seq DESC').pluck().all() as string[];
    for (const sql of inverse) db.prepare(sql).run();
    expect(db.prepare("SELECT count(*) FROM figures WHERE id = 'f1'").pluck().get()).toBe(0);
  });

  it('records the history of figures with the local user', () => {
    insertFigure('f1');
    db.prepare("UPDATE figures SET max_count = 1500, qualifier = 'range' WHERE id = 'f1'").run();
    db.prepare("UPDATE figures SET updated_at = 'later' WHERE id = 'f1'").run(); // untracked: not recorded
    db.prepare("UPDATE figures SET deleted_at = 'n' WHERE id = 'f1'").run();
    const rows = db.prepare("SELECT action, before, after, user FROM history WHERE item_type = 'figure' ORDER BY seq").all() as { action: string; before: string | null; after: string | null; user: string }[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'trash']);
    expect(rows.every((r) => r.user === 'researcher-7')).toBe(true);
    expect(JSON.parse(rows[1].before!)).toMatchObject({ qualifier: 'over', min: 1001, max: null });
    expect(JSON.parse(rows[1].after!)).toMatchObject({ qualifier: 'range', max: 1500 });
  });

  it('keeps the evidence search indexes in step, normalised', () => {
    insertFigure('f1');
    expect(match('fts_figures', '"people"')).toHaveLength(1);
    expect(match('fts_actors', '"المرصد"')).toHaveLength(1);
    db.prepare("UPDATE figures SET deleted_at = 'n' WHERE id = 'f1'").run();
    expect(match('fts_figures', '"people"')).toHaveLength(0);
    db.prepare("UPDATE actors SET alias_text = 'Syrian Observatory' WHERE id = 'r1'").run();
    expect(match('fts_actors', '"observatory"')).toHaveLength(1);
    ftsIntegrity();
  });

  it('enforces the figure rules the schema can state', () => {
    expect(() => db.prepare("INSERT INTO figures (id, reporter_id, reported_date, outcome, group_counted, qualifier, created_at, updated_at) VALUES ('x', 'r1', 'd', 'killed', 'total', 'roughly', 'n', 'n')").run()).toThrow(/CHECK/);
    expect(() => insertFigure('x', 'identity without basis')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO figures (id, reporter_id, reported_date, outcome, group_counted, qualifier, min_count, max_count, created_at, updated_at) VALUES ('y', 'r1', 'd', 'killed', 'total', 'range', 5, 4, 'n', 'n')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO figures (id, reporter_id, reported_date, outcome, group_counted, qualifier, created_at, updated_at) VALUES ('z', 'nobody', 'd', 'killed', 'total', 'exact', 'n', 'n')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO witnesses (id, code, created_at, updated_at) VALUES ('w', 'Samir', 'n', 'n')").run()).toThrow(/CHECK/);
  });

  it('lets an article be purged: a figure keeps its quoted text, a grading goes with the article', () => {
    insertFigure('f1');
    db.prepare("INSERT INTO article_gradings (article_id, reliability, credibility, connection, updated_at) VALUES ('a1', 'B', 2, 'media_report', 'n')").run();
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(db.prepare("SELECT article_id, exact FROM figures WHERE id = 'f1'").get()).toEqual({ article_id: null, exact: 'Over 1,000' });
    expect(db.prepare('SELECT count(*) FROM article_gradings').pluck().get()).toBe(0);
    ftsIntegrity();
  });
});
