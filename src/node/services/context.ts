import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';

/** What every service gets: the workspace database, a clock and an id source (both replaceable in tests). */
export interface ServiceContext {
  db: Db;
  now(): string;
  newId(): string;
}

export function createServiceContext(db: Db, clock: () => Date = () => new Date()): ServiceContext {
  return { db, now: () => clock().toISOString(), newId: () => randomUUID() };
}
