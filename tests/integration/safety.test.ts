import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/node/db/migrate';
import { migrations } from '../../src/node/db/migrations';
import { openDatabase } from '../../src/node/db/open';
import { registerSqlFunctions } from '../../src/node/db/sql-functions';
import { backupDir, createBackup, listBackups, rotateBackups, verifyDatabaseFile } from '../../src/node/safety/backups';
import { dailyBackupIfDue } from '../../src/node/safety/maintenance';
import { openWorkspace } from '../../src/node/workspace';
import { databaseFingerprint, importFixture as importFixtureVia, ok, spanOf, tempDir, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const importFixture = (name: string) => importFixtureVia(t.registry, name);
const span = spanOf;

describe('trash', () => {
  it('deleting an article says what goes with it, and restoring brings all of it back', async () => {
    const a = await importFixture('syria-coast-2025-03.txt');
    const code = (await call('codes.list', {})).codes.find((c: { name: string }) => c.name === 'Alawite');
    await call('highlights.create', { articleId: a.id, ...span(a.text, '745 mostly Alawite civilians'), codeIds: [code.id] });
    await call('highlights.create', { articleId: a.id, ...span(a.text, 'Latakia') });
    await call('memos.create', { targetType: 'article', targetId: a.id, text: 'check SNHR' });
    const kase = await call('cases.create', { title: 'Coast' });
    await call('cases.addArticles', { caseId: kase.id, articleIds: [a.id] });
    const impact = { highlights: 2, figures: 0, quotes: 0, memos: 1, caseMemberships: 1, codeApplications: 1 };
    expect(await call('articles.deleteImpact', { id: a.id })).toEqual(impact);
    expect(await call('articles.delete', { id: a.id })).toEqual(impact);

    expect((await call('articles.list', {})).items).toEqual([]);
    expect(await t.registry.call('articles.get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call('search.query', { query: 'alawite' })).total).toBe(0);
    const trash = (await call('trash.list', {})).items;
    expect(trash).toMatchObject([{ type: 'article', id: a.id, daysLeft: 30 }]);

    expect(await call('trash.restore', { type: 'article', id: a.id })).toEqual({ restored: 4 });
    expect((await call('highlights.list', { articleId: a.id })).highlights).toHaveLength(2);
    expect((await call('memos.list', { targetType: 'article', targetId: a.id })).memos).toHaveLength(1);
    expect((await call('search.query', { query: 'alawite' })).total).toBeGreaterThan(0);
    expect((await call('trash.list', {})).items).toEqual([]);
  });

  it('empties the trash for good, keeping what is not in it', async () => {
    const a = await importFixture('syria-coast-2025-03.txt');
    const b = await importFixture('synthetic-monitor-bulletin.txt');
    await call('highlights.create', { articleId: a.id, ...span(a.text, 'Latakia') });
    await call('articles.delete', { id: a.id });
    const before = t.ws.db.prepare('SELECT count(*) FROM originals').pluck().get();
    expect((await call('trash.empty', {})).removed).toBeGreaterThanOrEqual(2);
    expect(t.ws.db.prepare('SELECT count(*) FROM originals').pluck().get()).toBe((before as number) - 1);
    expect(t.ws.db.prepare('SELECT count(*) FROM highlights').pluck().get()).toBe(0);
    expect((await call('articles.list', {})).items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    expect(await t.registry.call('trash.restore', { type: 'article', id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call('workspace.check', {})).ok).toBe(true);
  });

  it('forgets the undo history when emptying removes something, and only then', async () => {
    const a = await importFixture('syria-coast-2025-03.txt');
    const gone = await call('highlights.create', { articleId: a.id, ...span(a.text, 'Latakia') });
    await call('highlights.delete', { id: gone.id });
    await call('trash.empty', { olderThanDays: 30 }); // nothing old enough: the history stays
    expect((await call('undo.status', {})).undoLabel).toMatch(/^Delete highlight/);
    await call('trash.empty', {});
    expect(await call('undo.status', {})).toMatchObject({ canUndo: false, canRedo: false });
    expect(t.ws.db.prepare('SELECT count(*) FROM undo_entries').pluck().get()).toBe(0);
    // SQLite gives the next row the rowid the purged one had; nothing left can replay onto it.
    const kept = await call('highlights.create', { articleId: a.id, ...span(a.text, 'Alawite'), memo: 'the one to keep' });
    await call('undo.undo', {});
    await call('undo.redo', {});
    expect((await call('highlights.list', { articleId: a.id })).highlights.map((h: { id: string; memo: string }) => [h.id, h.memo])).toEqual([[kept.id, 'the one to keep']]);
  });

  it('refuses an undo step the database now refuses, changing nothing, and clears the undo history', async () => {
    await call('codes.create', { name: 'First (test)', color: '#112233' });
    const second = await call('codes.create', { name: 'Second (test)', color: '#332211' });
    const a = await importFixture('syria-coast-2025-03.txt');
    // A tagging written outside any undoable action now depends on the second code.
    t.ws.db.prepare("INSERT INTO taggings (code_id, item_type, item_id, created_at) VALUES (?, 'article', ?, 'n')").run(second.id, a.id);
    const without = (fingerprint: string) => fingerprint.replace(/undo_(entries|groups):[^\n]*\n/g, '');
    const before = databaseFingerprint(t.ws);
    const refused = await t.registry.call('undo.undo', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/^“Create code “Second \(test\)”” can no longer be undone \(FOREIGN KEY constraint failed\)\. Nothing was changed; the undo history was cleared/);
    expect(without(databaseFingerprint(t.ws))).toBe(without(before));
    expect(await call('undo.status', {})).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('undoes moving an article to the trash, and only then the correction made before it', async () => {
    const a = await importFixture('synthetic-monitor-bulletin.txt');
    const h = await call('highlights.create', { articleId: a.id, ...span(a.text, 'order has been restored'), memo: 'governor' });
    await call('articles.correctText', { id: a.id, text: `Checked.\n\n${a.text}`, reason: 'note added' });
    await call('articles.delete', { id: a.id });
    expect((await call('undo.status', {})).undoLabel).toMatch(/^Move “.*” to the trash$/);
    await call('undo.undo', {});
    expect((await call('trash.list', {})).items).toEqual([]);
    expect((await call('highlights.list', { articleId: a.id })).highlights.map((x: { id: string }) => x.id)).toEqual([h.id]);
    await call('undo.undo', {});
    expect((await call('articles.get', { id: a.id })).text).toBe(a.text);
    await call('articles.delete', { id: a.id });
    await call('trash.restore', { type: 'article', id: a.id });
    expect((await call('undo.status', {})).undoLabel).toMatch(/^Restore “.*” from the trash$/);
    await call('undo.undo', {});
    expect((await call('trash.list', {})).items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(t.ws.db.prepare('SELECT deleted_at IS NOT NULL FROM highlights WHERE id = ?').pluck().get(h.id)).toBe(1);
  });

  it('keeps recent items when emptying only old ones', async () => {
    const a = await importFixture('syria-coast-2025-03.txt');
    await call('articles.delete', { id: a.id });
    expect(await call('trash.empty', { olderThanDays: 30 })).toEqual({ removed: 0 });
    expect((await call('trash.list', {})).items).toHaveLength(1);
  });
});

describe('backups', () => {
  it('refuses to restore a backup that is not there, writing nothing, not even a backup of the present', async () => {
    await importFixture('syria-coast-2025-03.txt');
    const before = (await call('backups.list', {})).backups.length;
    const refused = await t.registry.call('backups.restore', { file: 'workspace-20200101T000000000Z-manual.sqlite' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call('backups.list', {})).backups).toHaveLength(before);
  });

  it('makes checked backups and restores one, keeping the current state aside', async () => {
    const a = await importFixture('syria-coast-2025-03.txt');
    const backup = await call('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual' });
    expect(backup.bytes).toBeGreaterThan(0);
    await call('articles.delete', { id: a.id });
    await call('trash.empty', {});
    expect((await call('articles.list', {})).items).toEqual([]);

    const restored = await call('backups.restore', { file: backup.file });
    expect(restored.movedAside).toMatch(/before-restore/);
    expect((await call('articles.list', {})).items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect((await call('search.query', { query: 'alawite' })).total).toBeGreaterThan(0);
    const reasons = (await call('backups.list', {})).backups.map((b: { reason: string }) => b.reason).sort();
    expect(reasons).toEqual(['manual', 'restore']);
    expect((await call('workspace.check', {})).ok).toBe(true);
  });

  it('refuses to restore something that is not a backup, changing nothing', async () => {
    await importFixture('syria-coast-2025-03.txt');
    const before = databaseFingerprint(t.ws);
    expect(await t.registry.call('backups.restore', { file: '../workspace.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    mkdirSync(backupDir(t.dir), { recursive: true });
    writeFileSync(join(backupDir(t.dir), 'workspace-20250101T000000000Z-manual.sqlite'), 'not a database at all');
    const r = await t.registry.call('backups.restore', { file: 'workspace-20250101T000000000Z-manual.sqlite' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not a sound database/) } });
    expect(databaseFingerprint(t.ws)).toBe(before);
  });

  it('rotates automatic backups: 7 daily, then 4 weekly; manual ones stay', () => {
    const d = tempDir();
    try {
      const ws = openWorkspace({ dataDir: d.dir });
      const start = Date.parse('2025-03-31T12:00:00Z');
      for (let day = 0; day < 60; day++) createBackup(ws.db, d.dir, 'start', new Date(start - day * 86_400_000));
      createBackup(ws.db, d.dir, 'manual', new Date(start - 90 * 86_400_000));
      rotateBackups(d.dir);
      const kept = listBackups(d.dir);
      expect(kept.filter((b) => b.reason === 'manual')).toHaveLength(1);
      const automatic = kept.filter((b) => b.reason === 'start').map((b) => b.createdAt.slice(0, 10));
      expect(automatic.slice(0, 7)).toEqual(['2025-03-31', '2025-03-30', '2025-03-29', '2025-03-28', '2025-03-27', '2025-03-26', '2025-03-25']);
      expect(automatic).toHaveLength(11);
      ws.close();
    } finally {
      d.remove();
    }
  });

  it('backs up before a migration and on start (at most hourly)', () => {
    const d = tempDir();
    try {
      let now = new Date('2025-03-10T08:00:00Z');
      openWorkspace({ dataDir: d.dir, backupOnStart: true, clock: () => now }).close();
      openWorkspace({ dataDir: d.dir, backupOnStart: true, clock: () => now }).close();
      expect(listBackups(d.dir).map((b) => b.reason)).toEqual(['start']);
      now = new Date('2025-03-10T10:00:00Z');
      openWorkspace({ dataDir: d.dir, backupOnStart: true, clock: () => now }).close();
      // Two hours later a new one is made; rotation keeps the newest of the day.
      expect(listBackups(d.dir).map((b) => b.createdAt)).toEqual(['2025-03-10T10:00:00.000Z']);
      now = new Date('2025-03-11T10:00:00Z');
      openWorkspace({ dataDir: d.dir, backupOnStart: true, clock: () => now }).close();
      expect(listBackups(d.dir)).toHaveLength(2);

      const old = tempDir();
      const db = openDatabase(join(old.dir, 'workspace.sqlite'));
      registerSqlFunctions(db);
      migrate(db, migrations.slice(0, 2));
      db.close();
      const upgraded = openWorkspace({ dataDir: old.dir });
      expect(listBackups(old.dir).map((b) => b.reason)).toEqual(['migration']);
      expect(verifyDatabaseFile(listBackups(old.dir)[0].path)).toEqual([]);
      upgraded.close();
      old.remove();
    } finally {
      d.remove();
    }
  });
});

describe('maintenance', () => {
  it('makes a daily backup only when a day has passed and something changed', async () => {
    await importFixture('syria-coast-2025-03.txt');
    const first = new Date(Date.now() + 1000);
    expect(dailyBackupIfDue(t.ws, first)).toBe(true);
    expect(dailyBackupIfDue(t.ws, new Date(first.getTime() + 3_600_000))).toBe(false);
    expect(dailyBackupIfDue(t.ws, new Date(first.getTime() + 2 * 86_400_000))).toBe(false); // nothing changed
    t.ws.ctx.now = () => new Date(first.getTime() + 86_400_000).toISOString();
    await importFixture('synthetic-monitor-bulletin.txt');
    expect(dailyBackupIfDue(t.ws, new Date(first.getTime() + 2 * 86_400_000))).toBe(true);
    // An edit of an evidence record alone is a change too.
    t.ws.ctx.now = () => new Date(first.getTime() + 3 * 86_400_000).toISOString();
    await call('incidents.create', { title: 'Raids in Baniyas' });
    expect(dailyBackupIfDue(t.ws, new Date(first.getTime() + 4 * 86_400_000))).toBe(true);
  });
});

describe('a damaged database', () => {
  it('is moved aside, never written to, and the newest good backup is offered', async () => {
    await importFixture('syria-coast-2025-03.txt');
    const backup = await call('backups.create', {});
    t.ws.close();
    const path = join(t.dir, 'workspace.sqlite');
    const bytes = readFileSync(path);
    // Scribble over the pages after the header, as a failing disk or a killed copy would.
    for (let i = 4096; i < bytes.length; i += 97) bytes[i] = 0xff;
    writeFileSync(path, bytes);
    const damaged = createHash('sha256').update(bytes).digest('hex');
    let error: (Error & { code?: string }) | null = null;
    try {
      openWorkspace({ dataDir: t.dir });
    } catch (e) {
      error = e as Error & { code?: string };
    }
    expect(error?.code).toBe('damaged_database');
    expect(error?.message).toMatch(/moved aside, unchanged/);
    expect(error?.message).toContain(backup.file);
    expect(existsSync(path)).toBe(false);
    const aside = readdirSync(backupDir(t.dir)).find((f) => f.includes('damaged'))!;
    expect(createHash('sha256').update(readFileSync(join(backupDir(t.dir), aside))).digest('hex')).toBe(damaged);
  });
});
