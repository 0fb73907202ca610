import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { APP_VERSION } from '../../shared/version';
import { assertNotNewer, migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { userVersionFromHeader } from '../db/header';
import { openDatabase, readUserVersion, type Db } from '../db/open';
import { registerSqlFunctions } from '../db/sql-functions';
import { seedDefaultCodebook } from '../services/codebook';
import { createServiceContext, type ServiceContext } from '../services/context';
import { DATABASE_FILE, findResourcesDir } from './paths';

export interface Workspace {
  dataDir: string;
  databasePath: string;
  resourcesDir: string;
  appVersion: string;
  db: Db;
  ctx: ServiceContext;
  close(): void;
}

export interface WorkspaceOptions {
  dataDir: string;
  appVersion?: string;
  resourcesDir?: string;
  clock?: () => Date;
}

/**
 * Opens (or creates) the workspace in dataDir and brings its schema up to date.
 * A database from a newer app version is refused before anything is written to it.
 */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const dataDir = resolve(options.dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot use ${dataDir} as the workspace folder: ${(error as Error).message}`);
  }
  const databasePath = join(dataDir, DATABASE_FILE);
  if (existsSync(databasePath)) assertNotNewer(userVersionFromHeader(databasePath) ?? readUserVersion(databasePath), migrations);
  const db = openDatabase(databasePath);
  try {
    registerSqlFunctions(db);
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  const ctx = createServiceContext(db, options.clock);
  try {
    seedDefaultCodebook(ctx, resourcesDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dataDir,
    databasePath,
    resourcesDir,
    appVersion: options.appVersion ?? APP_VERSION,
    db,
    ctx,
    close: () => db.close(),
  };
}
