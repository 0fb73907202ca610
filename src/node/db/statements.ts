import type { Db, Statement } from './open';

const caches = new WeakMap<Db, Map<string, Statement>>();
const LIMIT = 500;

/**
 * The prepared statement for this SQL on this connection, prepared once: better-sqlite3 keeps no
 * cache of its own, and preparing costs more than running a small query. `pluck` is part of the
 * key because it is a mode of the statement object. The statement is shared: callers run it with
 * get/all/run only, never change its other modes (raw, expand, safeIntegers) and never iterate()
 * it, which would leave it busy for the next caller.
 */
export function cachedStatement(db: Db, sql: string, options: { pluck?: boolean } = {}): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${options.pluck ? 'p' : 'r'}${sql}`;
  let statement = cache.get(key);
  if (!statement) {
    if (cache.size >= LIMIT) cache.clear();
    statement = db.prepare(sql);
    if (options.pluck) statement.pluck();
    cache.set(key, statement);
  }
  return statement;
}
