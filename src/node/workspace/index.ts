import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { APP_VERSION } from '../../shared/version';
import { userVersionFromHeader } from '../db/header';
import { assertNotNewer, latestVersion, migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { openDatabase, readUserVersion, type Db } from '../db/open';
import { registerSqlFunctions } from '../db/sql-functions';
import { installWitnessTrashTriggers } from '../db/witness-trash-triggers';
import { createBackup, databaseBytes, listBackups, rotateBackups, verifyDatabaseFile } from '../safety/backups';
import { describeDiskProblem, freeBytes } from '../safety/disk';
import { quickCheck, refuseDamaged } from '../safety/integrity';
import { stageDatabase, swapIn } from '../safety/restore';
import { seedDefaultCodebook } from '../services/codebook';
import { createServiceContext, type ServiceContext } from '../services/context';
import { ensureLocalUser } from '../services/history';
import { assertNoExclusiveHolder, registerOpener, withExclusive, type AppKind } from './lock';
import { DATABASE_FILE, findResourcesDir } from './paths';
import { openReadOnly, writeBlocker } from './read-only';
import { startupRepairs } from './recovery';

/** What the app should tell the user about how the workspace was opened. */
export interface StartupNotices {
  /** Why the workspace is open read-only (nothing can be changed, no backup is made), or null. */
  readOnly: string | null;
  /** The start-up backup that could not be made: why, the free space and what a backup needs. */
  backupFailed: { reason: string; freeBytes: number | null; neededBytes: number } | null;
  /** An interrupted restore that was recovered at start, in a sentence, or null. */
  recovered: string | null;
}

export interface Workspace {
  dataDir: string;
  databasePath: string;
  resourcesDir: string;
  appVersion: string;
  db: Db;
  ctx: ServiceContext;
  kind: AppKind;
  notices: StartupNotices;
  /** Replaces the database with a verified backup and reopens it; the current one is moved aside. */
  restore(backupPath: string): { movedAside: string | null };
  close(): void;
}

export interface WorkspaceOptions {
  dataDir: string;
  appVersion?: string;
  resourcesDir?: string;
  clock?: () => Date;
  /** The desktop app and browser mode back up on start (at most hourly); the CLI and tests do not. */
  backupOnStart?: boolean;
  /** Which app holds the workspace (named when another process wants it exclusively); guessed when not given. */
  kind?: AppKind;
}

/** How long an opener waits for another process's restore, upgrade or start-up recovery to end. */
const EXCLUSIVE_WAIT_MS = 15_000;

/** Minimum time between two start-up backups. */
const START_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

/** Refuses a file written by a newer app (read from the header, so nothing is created beside it). */
function assertSupported(path: string): void {
  assertNotNewer(userVersionFromHeader(path) ?? readUserVersion(path), migrations);
}

function openReadOnlyChecked(databasePath: string, dataDir: string, why: string): Db {
  if (!existsSync(databasePath)) throw new AppError('conflict', `There is no workspace in ${dataDir}, and none can be made there: ${why}.`);
  const problems = quickCheck(databasePath, openReadOnly);
  if (problems.length) refuseDamaged(databasePath, dataDir, problems, { readOnly: true });
  const db = openReadOnly(databasePath);
  const version = db.pragma('user_version', { simple: true }) as number;
  try {
    assertNotNewer(version, migrations);
    if (version < latestVersion(migrations)) {
      throw new AppError('conflict', `This workspace needs an upgrade to open in this version of Fieldnotes, but ${why}. Copy the folder somewhere writable and open the copy.`);
    }
    registerSqlFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function openChecked(databasePath: string, dataDir: string, clock: () => Date, kind: AppKind): Db {
  if (existsSync(databasePath)) {
    assertSupported(databasePath);
    const problems = quickCheck(databasePath);
    if (problems.length) refuseDamaged(databasePath, dataDir, problems);
  }
  const db = openDatabase(databasePath);
  try {
    registerSqlFunctions(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < latestVersion(migrations)) {
      withExclusive(dataDir, kind, 'upgrade', () => {
        createBackup(db, dataDir, 'migration', clock());
        migrate(db, migrations);
      });
    } else migrate(db, migrations);
    installWitnessTrashTriggers(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A backup is restorable when it is a sound database this version of Fieldnotes can open. */
export function assertRestorable(backupPath: string): void {
  if (!existsSync(backupPath)) throw new AppError('not_found', `No backup at ${backupPath}.`);
  const problems = verifyDatabaseFile(backupPath);
  if (problems.length) throw new AppError('invalid_input', `${backupPath} is not a sound database (${problems[0]}); nothing was restored.`);
  assertSupported(backupPath);
}

/**
 * Restores a backup into a workspace that is not open here (the CLI): refused while another
 * process has it open; staged beside the database, verified, then renamed over it in one step.
 */
export function restoreClosedWorkspace(dataDir: string, backupPath: string, kind: AppKind = 'cli'): { movedAside: string | null } {
  const dir = resolve(dataDir);
  const why = writeBlocker(dir, join(dir, DATABASE_FILE));
  if (why) throw new AppError('conflict', `Nothing was restored: ${why}.`);
  assertRestorable(backupPath);
  const databasePath = join(dir, DATABASE_FILE);
  return withExclusive(dir, kind, 'restore', () => swapIn(stageDatabase(backupPath, databasePath, assertSupported), databasePath));
}

function guessKind(options: WorkspaceOptions): AppKind {
  if (process.versions.electron) return 'desktop';
  return options.backupOnStart ? 'browser' : 'cli';
}

function ensureFolder(dataDir: string): void {
  const info = statSync(dataDir, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) throw new AppError('invalid_input', `${dataDir} is a file, not a folder; the workspace needs a folder (see --data).`);
  if (info) {
    try {
      accessSync(dataDir, constants.R_OK | constants.X_OK);
    } catch {
      throw new AppError('invalid_input', `The workspace folder ${dataDir} cannot be read by this user; check its permissions.`);
    }
    return;
  }
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const notDir = (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'part of that path is a file, not a folder' : null;
    const why = describeDiskProblem(error, dataDir) ?? notDir ?? (error as Error).message;
    throw new AppError('invalid_input', `Cannot create the workspace folder ${dataDir}: ${why}.`);
  }
}

/** The start-up backup (at most hourly); on a full disk the workspace opens anyway and says why there is none. */
function startBackup(db: Db, dataDir: string, now: Date): StartupNotices['backupFailed'] {
  const newest = listBackups(dataDir)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) <= START_BACKUP_INTERVAL_MS) return null;
  try {
    createBackup(db, dataDir, 'start', now);
    rotateBackups(dataDir);
    return null;
  } catch (error) {
    const reason = error instanceof AppError ? error.message : `No backup could be made: ${(error as Error).message}`;
    return { reason, freeBytes: freeBytes(dataDir), neededBytes: databaseBytes(db) };
  }
}

/**
 * Opens (or creates) the workspace in dataDir: refuses a database from a newer app before anything
 * is written, refuses a damaged one (moved aside, never written to), backs up before migrating,
 * brings the schema up to date and seeds the default codebook on first run.
 */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const dataDir = resolve(options.dataDir);
  const clock = options.clock ?? (() => new Date());
  const kind = options.kind ?? guessKind(options);
  ensureFolder(dataDir);
  const databasePath = join(dataDir, DATABASE_FILE);
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  const readOnly = writeBlocker(dataDir, databasePath);
  const notices: StartupNotices = { readOnly, backupFailed: null, recovered: null };
  let release = () => {};
  let ctx: ServiceContext;
  try {
    if (readOnly) ctx = createServiceContext(openReadOnlyChecked(databasePath, dataDir, readOnly), options.clock);
    else {
      assertNoExclusiveHolder(dataDir, EXCLUSIVE_WAIT_MS);
      release = registerOpener(dataDir, kind);
      notices.recovered = startupRepairs(dataDir, databasePath, kind, assertSupported);
      ctx = createServiceContext(openChecked(databasePath, dataDir, clock, kind), options.clock);
    }
  } catch (error) {
    release();
    throw error;
  }
  try {
    if (!readOnly) {
      ensureLocalUser(ctx);
      seedDefaultCodebook(ctx, resourcesDir);
      if (options.backupOnStart) notices.backupFailed = startBackup(ctx.db, dataDir, clock());
    }
  } catch (error) {
    ctx.db.close();
    release();
    throw error;
  }
  const ws: Workspace = {
    dataDir,
    databasePath,
    resourcesDir,
    appVersion: options.appVersion ?? APP_VERSION,
    get db() {
      return ctx.db;
    },
    ctx,
    kind,
    notices,
    restore(backupPath) {
      if (readOnly) throw new AppError('conflict', `This workspace is open read-only (${readOnly}); nothing can be restored into it.`);
      assertRestorable(backupPath);
      return withExclusive(dataDir, kind, 'restore', () => {
        // Before replacing anything, the current state is itself kept as a backup.
        createBackup(ctx.db, dataDir, 'restore', clock());
        const staged = stageDatabase(backupPath, databasePath, assertSupported);
        ctx.db.close();
        try {
          return swapIn(staged, databasePath, 'before-restore', clock());
        } finally {
          ctx.db = openChecked(databasePath, dataDir, clock, kind);
        }
      });
    },
    close: () => {
      ctx.db.close();
      release();
    },
  };
  return ws;
}
