import { hostname } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { diskProblem } from '../safety/disk';

/**
 * Who has a workspace open. Every process that opens a workspace registers itself with one file in
 * the workspace's `workspace.lock` folder (pid, host, app kind, start time) and removes it on close.
 * Ordinary work may share the workspace (SQLite's own locks make the processes take turns); an
 * exclusive operation (restore, upgrade, encryption) requires that no other live process is
 * registered, and while it runs it holds `exclusive.json`, which makes new openers wait their turn.
 * A registration is stale, and removed, when its process is dead on this host.
 */
export const LOCK_DIR = 'workspace.lock';
const EXCLUSIVE = 'exclusive.json';

export const AppKind = z.enum(['desktop', 'browser', 'cli']);
export type AppKind = z.infer<typeof AppKind>;

const Holder = z.object({ pid: z.number().int(), host: z.string(), kind: AppKind, startedAt: z.string(), action: z.string().optional() });
export type Holder = z.infer<typeof Holder> & { file: string };

const KIND_NAME: Record<AppKind, string> = { desktop: 'desktop app', browser: 'browser mode', cli: 'command line' };

/** "Fieldnotes (browser mode, pid 1234)", with the host when it is another machine. */
export function describeHolder(h: Holder): string {
  return `Fieldnotes (${KIND_NAME[h.kind]}, pid ${h.pid}${h.host === hostname() ? '' : ` on ${h.host}`})`;
}

function isAlive(h: Holder): boolean {
  if (h.host !== hostname()) return true; // another machine's process cannot be checked from here
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const isMine = (h: Holder) => h.pid === process.pid && h.host === hostname();

function readHolder(dir: string, file: string): Holder | null {
  try {
    const parsed = Holder.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    return parsed.success ? { ...parsed.data, file } : null;
  } catch {
    return null; // being written or removed right now
  }
}

/** The live registrations of other processes (the exclusive marker included); stale ones are removed. */
export function otherHolders(dataDir: string): Holder[] {
  const dir = join(dataDir, LOCK_DIR);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const others: Holder[] = [];
  for (const file of files) {
    const h = readHolder(dir, file);
    if (!h || isMine(h)) continue;
    if (isAlive(h)) others.push(h);
    else rmSync(join(dir, file), { force: true });
  }
  return others;
}

function writeNew(dir: string, file: string, kind: AppKind, action?: string): void {
  mkdirSync(dir, { recursive: true });
  const holder = { pid: process.pid, host: hostname(), kind, startedAt: new Date().toISOString(), ...(action ? { action } : {}) };
  writeFileSync(join(dir, file), JSON.stringify(holder), { flag: 'wx' });
}

let counter = 0;

/** Registers this process as an opener of the workspace; returns the release function. */
export function registerOpener(dataDir: string, kind: AppKind): () => void {
  const dir = join(dataDir, LOCK_DIR);
  const file = `${hostname()}-${process.pid}-${++counter}.json`;
  if (!tryWrite(dir, file, kind)) return () => {};
  return () => remove(dir, file);
}

/** Writes a registration; false when the disk is full (the workspace still opens, unregistered, so the user can free space). */
function tryWrite(dir: string, file: string, kind: AppKind, action?: string): boolean {
  try {
    writeNew(dir, file, kind, action);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    rmSync(join(dir, file), { force: true }); // a file the full disk left empty
    if (diskProblem(error) === 'full') return false;
    throw error;
  }
}

/** Removes a registration, and the lock folder once it is empty. */
function remove(dir: string, file: string): void {
  rmSync(join(dir, file), { force: true });
  try {
    rmdirSync(dir);
  } catch {
    // another process is still registered
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Waits (up to `waitMs`) while another live process runs an exclusive operation on the workspace
 * (a restore, an upgrade, the start-up recovery), then refuses, naming it.
 */
export function assertNoExclusiveHolder(dataDir: string, waitMs = 0): void {
  const until = Date.now() + waitMs;
  for (;;) {
    const busy = otherHolders(dataDir).find((h) => h.file === EXCLUSIVE);
    if (!busy) return;
    if (Date.now() >= until) throw new AppError('conflict', `${describeHolder(busy)} is ${busy.action ?? 'changing'} this workspace; try again when it has finished.`);
    pause(100);
  }
}

/** Workspaces this process holds exclusively right now (a restore that upgrades the restored file nests). */
const held = new Set<string>();

/**
 * Runs an exclusive operation on the workspace: refused, naming the other process, while another
 * live process has the workspace open or runs an exclusive operation itself.
 */
export function withExclusive<T>(dataDir: string, kind: AppKind, what: 'restore' | 'upgrade' | 'encryption' | 'recovery', run: () => T): T {
  if (held.has(dataDir)) return run();
  const dir = join(dataDir, LOCK_DIR);
  otherHolders(dataDir); // clears a marker left by a killed process
  try {
    tryWrite(dir, EXCLUSIVE, kind, `running a ${what} on`); // on a full disk the check of other holders below still applies
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    assertNoExclusiveHolder(dataDir);
    throw new AppError('conflict', `Another ${what} of this workspace is under way; try again in a moment.`);
  }
  held.add(dataDir);
  try {
    const other = otherHolders(dataDir)[0];
    if (other) throw new AppError('conflict', `${describeHolder(other)} has this workspace open; close it first, then try the ${what} again.`);
    return run();
  } finally {
    held.delete(dataDir);
    remove(dir, EXCLUSIVE);
  }
}
