import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { APP_VERSION } from '../../shared/version';
import { userVersionFromHeader } from '../db/header';
import { assertNotNewer, latestVersion, migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { openDatabase, readUserVersion, type Db } from '../db/open';
import { registerSqlFunctions } from '../db/sql-functions';
import { installWitnessTrashTriggers } from '../db/witness-trash-triggers';
import { createBackup, listBackups, restoreBackupFile, rotateBackups, verifyDatabaseFile } from '../safety/backups';
import { quickCheck, refuseDamaged } from '../safety/integrity';
import { seedDefaultCodebook } from '../services/codebook';
import { createServiceContext, type ServiceContext } from '../services/context';
import { ensureLocalUser } from '../services/history';
import { DATABASE_FILE, findResourcesDir } from './paths';

export interface Workspace {
  dataDir: string;
  databasePath: string;
  resourcesDir: string;
  appVersion: string;
  db: Db;
  ctx: ServiceContext;
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
}

/** Minimum time between two start-up backups. */
const START_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

function openChecked(databasePath: string, dataDir: string, clock: () => Date): Db {
  if (existsSync(databasePath)) {
    assertNotNewer(userVersionFromHeader(databasePath) ?? readUserVersion(databasePath), migrations);
    const problems = quickCheck(databasePath);
    if (problems.length) refuseDamaged(databasePath, dataDir, problems);
  }
  const db = openDatabase(databasePath);
  try {
    registerSqlFunctions(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < latestVersion(migrations)) createBackup(db, dataDir, 'migration', clock());
    migrate(db, migrations);
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
  assertNotNewer(userVersionFromHeader(backupPath) ?? readUserVersion(backupPath), migrations);
}

/**
 * Opens (or creates) the workspace in dataDir: refuses a database from a newer app before anything
 * is written, refuses a damaged one (moved aside, never written to), backs up before migrating,
 * brings the schema up to date and seeds the default codebook on first run.
 */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const dataDir = resolve(options.dataDir);
  const clock = options.clock ?? (() => new Date());
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot use ${dataDir} as the workspace folder: ${(error as Error).message}`);
  }
  const databasePath = join(dataDir, DATABASE_FILE);
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  const ctx = createServiceContext(openChecked(databasePath, dataDir, clock), options.clock);
  try {
    ensureLocalUser(ctx);
    seedDefaultCodebook(ctx, resourcesDir);
    if (options.backupOnStart) {
      const newest = listBackups(dataDir)[0];
      if (!newest || clock().getTime() - Date.parse(newest.createdAt) > START_BACKUP_INTERVAL_MS) {
        createBackup(ctx.db, dataDir, 'start', clock());
        rotateBackups(dataDir);
      }
    }
  } catch (error) {
    ctx.db.close();
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
    restore(backupPath) {
      assertRestorable(backupPath);
      // Before replacing anything, the current state is itself kept as a backup.
      createBackup(ctx.db, dataDir, 'restore', clock());
      ctx.db.close();
      try {
        return restoreBackupFile(backupPath, databasePath);
      } finally {
        ctx.db = openChecked(databasePath, dataDir, clock);
      }
    },
    close: () => ctx.db.close(),
  };
  return ws;
}
