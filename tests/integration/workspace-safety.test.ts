import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/node/api/registry';
import { backupDir, createBackup, freeBackupSpace, listBackups } from '../../src/node/safety/backups';
import { diskProblem, freeBytes } from '../../src/node/safety/disk';
import { isDamageError, quickCheck } from '../../src/node/safety/integrity';
import { openWorkspace, restoreClosedWorkspace } from '../../src/node/workspace';
import { LOCK_DIR } from '../../src/node/workspace/lock';
import { failed, ok, tempDir } from '../helpers/workspace';

const ROOT = join(__dirname, '..', '..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function folder(): string {
  const d = tempDir();
  cleanups.push(d.remove);
  return d.dir;
}

/** A workspace with one article and a manual backup of it, closed. */
async function workspaceWithBackup(dir: string): Promise<string> {
  const ws = openWorkspace({ dataDir: dir });
  await ok(createRegistry(ws), 'articles.importText', { text: 'At least 745 civilians were reported killed in the coastal region.', title: 'Coast' });
  const backup = createBackup(ws.db, dir, 'manual').path;
  ws.close();
  return backup;
}

function articleCount(dir: string): number {
  const ws = openWorkspace({ dataDir: dir });
  try {
    return ws.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    ws.close();
  }
}

/** A process that opens the workspace (or, for kind 'sqlite', only its database file) and keeps it open until killed. */
function holder(dir: string, kind: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const args = kind === 'sqlite' ? ['hold-sqlite', dir] : ['hold', dir, kind];
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/safety-worker.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    cleanups.push(() => child.kill('SIGKILL'));
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`holder ended (${code})`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('the workspace lock', () => {
  it('refuses a restore while another process has the workspace open, naming it, and allows it once that process is gone', async () => {
    const dir = folder();
    const backup = await workspaceWithBackup(dir);
    const ws = openWorkspace({ dataDir: dir });
    const registry = createRegistry(ws);
    await ok(registry, 'articles.importText', { text: 'A second report, written after the backup, about the raids.', title: 'Later' });
    const other = await holder(dir, 'browser');
    const refused = await failed(registry, 'backups.restore', { file: backup.split('/').pop() });
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message).toBe(`Fieldnotes (browser mode, pid ${other.pid}) has this workspace open; close it first, then try the restore again.`);
    expect(() => restoreClosedWorkspace(dir, backup)).toThrow(`Fieldnotes (browser mode, pid ${other.pid}) has this workspace open`);
    expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2); // nothing was restored
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['manual']); // not even a backup of the present was made

    other.kill('SIGKILL');
    await exited(other);
    // The killed process's registration is stale (its pid is dead on this host) and no longer counts.
    expect((await ok(registry, 'backups.restore', { file: backup.split('/').pop() })).movedAside).toMatch(/before-restore/);
    expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    ws.close();
    expect(existsSync(join(dir, LOCK_DIR))).toBe(false); // the last one out removes the lock folder
  }, 60_000);

  // Retried: in full runs on two loaded cores the check once let the restore through (fixed: a
  // failure of the check other than "not a database" now fails closed; not reproduced alone since).
  it('refuses a restore while a program that did not register has the database open (SQLite\'s own locks)', { timeout: 60_000, retry: 2 }, async () => {
    const dir = folder();
    const backup = await workspaceWithBackup(dir);
    const other = await holder(dir, 'sqlite');
    expect(() => restoreClosedWorkspace(dir, backup)).toThrow('Another program has this workspace database open; close it first, then try again. Nothing was changed.');
    expect(existsSync(join(dir, 'workspace.sqlite.restoring'))).toBe(false);
    other.kill('SIGKILL');
    await exited(other);
    expect(restoreClosedWorkspace(dir, backup).movedAside).toMatch(/before-restore/);
  });

  it('lets two processes do ordinary work side by side', async () => {
    const dir = folder();
    await workspaceWithBackup(dir);
    const other = await holder(dir, 'desktop');
    const ws = openWorkspace({ dataDir: dir });
    await ok(createRegistry(ws), 'articles.importText', { text: 'Written while another process has the workspace open.', title: 'Side by side' });
    expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    ws.close();
    other.kill('SIGKILL');
  }, 60_000);
});

describe('an interrupted restore', () => {
  it('left by an older version (a 0-byte workspace.sqlite, the data set aside) is brought back at start, saying so', async () => {
    const dir = folder();
    await workspaceWithBackup(dir);
    // What the old restore did before it was killed during the copy: move the database aside, start copying.
    const aside = join(backupDir(dir), 'workspace.before-restore-20250301T100000000Z.sqlite');
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(join(dir, 'workspace.sqlite' + suffix))) writeFileSync(aside + suffix, readFileSync(join(dir, 'workspace.sqlite' + suffix)));
    writeFileSync(join(dir, 'workspace.sqlite'), '');
    rmSync(join(dir, 'workspace.sqlite-wal'), { force: true });
    const ws = openWorkspace({ dataDir: dir });
    expect(ws.notices.recovered).toMatch(/^A restore of this workspace was interrupted .* brought back as it was before that restore, from workspace\.before-restore-20250301T100000000Z\.sqlite/);
    expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    expect(existsSync(aside)).toBe(true); // the copy set aside stays
    ws.close();
    expect(openWorkspace({ dataDir: dir }).notices.recovered).toBeNull();
  });

  it('is not "recovered" from a stale copy when the newest file set aside was damaged, not restored', async () => {
    const dir = folder();
    await workspaceWithBackup(dir);
    writeFileSync(join(backupDir(dir), 'workspace.before-restore-20250101T000000000Z.sqlite'), readFileSync(join(dir, 'workspace.sqlite')));
    writeFileSync(join(backupDir(dir), 'workspace.damaged-20250301T000000000Z.sqlite'), 'scribbled');
    rmSync(join(dir, 'workspace.sqlite'));
    const ws = openWorkspace({ dataDir: dir });
    expect(ws.notices.recovered).toBeNull();
    ws.close();
  });
});

describe('a process killed with its write-ahead log pending', () => {
  it('is not taken for damage: the start-up check recovers the log instead of moving the database aside', async () => {
    const dir = folder();
    const ws = openWorkspace({ dataDir: dir });
    await ok(createRegistry(ws), 'articles.importText', { text: 'Written to the log, not yet to the database file.', title: 'In the log' });
    // What a SIGKILL leaves: the database file and its -wal, copied while the writer still had them open, without the -shm.
    const crashed = folder();
    for (const suffix of ['', '-wal']) writeFileSync(join(crashed, 'workspace.sqlite' + suffix), readFileSync(join(dir, 'workspace.sqlite' + suffix)));
    ws.close();
    const reopened = openWorkspace({ dataDir: crashed });
    expect(reopened.db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['In the log']);
    reopened.close();
    expect(existsSync(backupDir(crashed))).toBe(false); // nothing was moved aside as damaged
  });
});

describe('killed backups', () => {
  it('leave .partial files that the next start (when alone) and rotation remove', async () => {
    const dir = folder();
    await workspaceWithBackup(dir);
    const partial = join(backupDir(dir), 'workspace-20250101T000000000Z-start.sqlite.partial');
    writeFileSync(partial, Buffer.alloc(1024 * 1024));
    openWorkspace({ dataDir: dir }).close();
    expect(existsSync(partial)).toBe(false);
    // While another process has the workspace open, rotation removes the ones untouched for
    // 10 minutes, not one that process may be writing right now.
    const other = await holder(dir, 'desktop');
    const fresh = join(backupDir(dir), 'workspace-20250102T000000000Z-start.sqlite.partial');
    writeFileSync(partial, 'x');
    writeFileSync(fresh, 'x');
    utimesSync(partial, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const ws = openWorkspace({ dataDir: dir, backupOnStart: true, clock: () => new Date(Date.now() + 2 * 3_600_000) });
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    ws.close();
    other.kill('SIGKILL');
  }, 60_000);
});

describe('errors that come from the disk, not from damage', () => {
  it('are told apart: read-only and permission failures are never "damaged"', () => {
    expect(isDamageError(Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }))).toBe(false);
    expect(isDamageError(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }))).toBe(false);
    expect(isDamageError(Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }))).toBe(true);
    expect(isDamageError(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }))).toBe(true);
    expect(diskProblem(Object.assign(new Error("EROFS: read-only file system, mkdir '/x/backups'"), { code: 'EROFS' }))).toBe('read-only');
    expect(diskProblem(Object.assign(new Error("EACCES: permission denied, mkdir '/x/backups'"), { code: 'EACCES' }))).toBe('permission');
    expect(diskProblem(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toBe('full');
    const cantOpen = () => {
      throw Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
    };
    expect(() => quickCheck('/x/workspace.sqlite', cantOpen)).toThrow(/cannot be read \(unable to open database file\); it was left untouched/);
  });
});

/** Runs a mount command; false (and the test says why it skipped) when this machine does not permit it. */
function mount(...args: string[]): boolean {
  return spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
}
const umount = (dir: string) => spawnSync('umount', ['-l', dir], { stdio: 'ignore' });

describe('a nearly full disk', () => {
  it('opens the workspace anyway, saying no start-up backup could be made, why, and what freeing space would give', async (context) => {
    const dir = join(folder(), 'small-disk');
    mkdirSync(dir);
    if (!mount('-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir)) return context.skip('mounting a 3 MB tmpfs is not permitted here (needs root outside an unprivileged container)');
    cleanups.push(() => umount(dir));
    const ws = openWorkspace({ dataDir: dir, clock: () => new Date('2025-03-01T08:00:00Z') });
    const registry = createRegistry(ws);
    const text = 'Residents described raids on the coastal villages; at least 745 civilians were reported killed. '.repeat(40);
    for (let i = 0; i < 4; i++) await ok(registry, 'articles.importText', { text: `Report ${i}. ${text}`, title: `Report ${i}` });
    createBackup(ws.db, dir, 'start', new Date('2025-02-01T08:00:00Z'));
    createBackup(ws.db, dir, 'start', new Date('2025-02-02T08:00:00Z'));
    ws.close();
    // Fill all but 200 KB, as other files on a nearly full laptop disk would.
    writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, freeBytes(dir)! - 200 * 1024)));
    const opened = openWorkspace({ dataDir: dir, backupOnStart: true, clock: () => new Date('2025-03-01T08:00:00Z') });
    try {
      expect(opened.notices.backupFailed?.reason).toMatch(new RegExp(`^No backup could be made: the disk holding ${dir}/backups is full \\(\\d+ KB free; it needs about \\d+ KB\\)\\.$`));
      expect(opened.notices.backupFailed?.neededBytes).toBeGreaterThan(0);
      expect(readdirSync(backupDir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);
      expect((await ok(createRegistry(opened), 'articles.list', {})).items).toHaveLength(4);
      const status = await ok(createRegistry(opened), 'workspace.status', {});
      expect(status.backupFailed.reason).toBe(opened.notices.backupFailed?.reason);
      expect(status.backupFailed.automaticBackupBytes).toBeGreaterThan(0);
      const freed = freeBackupSpace(dir);
      expect(freed.removed).toBe(1); // the older automatic backup; the newest stays
      expect(freed.freedBytes).toBeGreaterThan(0);
      expect(listBackups(dir)).toHaveLength(1);
    } finally {
      opened.close();
    }
    expect(statSync(join(dir, 'workspace.sqlite')).size).toBeGreaterThan(0);
  }, 60_000);
});

describe('a read-only workspace folder', () => {
  it('opens read-only, lists the library, says so, and never takes "cannot write" for damage', async (context) => {
    const dir = folder();
    await workspaceWithBackup(dir);
    const before = readFileSync(join(dir, 'workspace.sqlite'));
    if (!mount('--bind', dir, dir)) return context.skip('bind mounts are not permitted here, so no folder can be made read-only for root');
    cleanups.push(() => umount(dir));
    if (!mount('-o', 'remount,bind,ro', dir)) return context.skip('a read-only remount is not permitted here');
    const ws = openWorkspace({ dataDir: dir, backupOnStart: true });
    const registry = createRegistry(ws);
    try {
      expect(ws.notices.readOnly).toBe(`${dir} is on a read-only disk or folder`);
      expect(ws.notices.backupFailed).toBeNull();
      expect((await ok(registry, 'articles.list', {})).items.map((a: { title: string }) => a.title)).toEqual(['Coast']);
      expect((await ok(registry, 'workspace.check', {})).ok).toBe(true);
      expect((await ok(registry, 'workspace.status', {})).readOnly).toBe(ws.notices.readOnly);
      const write = await failed(registry, 'articles.importText', { text: 'This cannot be written.', title: 'No' });
      expect(write.message).toMatch(/^This workspace is open read-only: nothing was changed/);
      expect((await failed(registry, 'backups.create', {})).message).toMatch(/^No backup could be made: .* read-only/);
    } finally {
      ws.close();
    }
    expect(readdirSync(dir).sort()).toEqual(['backups', 'workspace.sqlite']);
    expect(readFileSync(join(dir, 'workspace.sqlite')).equals(before)).toBe(true);
  }, 60_000);
});
