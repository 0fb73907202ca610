import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/node/db/open';
import { cachedStatement } from '../../src/node/db/statements';
import { tempDir } from '../helpers/workspace';

const { dir, remove } = tempDir();
afterEach(remove);

it('prepares a statement once per connection, with pluck as part of what is cached', () => {
  const db = openDatabase(join(dir, 'a.sqlite'));
  const other = openDatabase(join(dir, 'b.sqlite'));
  db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);');
  other.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);');
  const sql = 'SELECT x FROM t ORDER BY x';
  expect(cachedStatement(db, sql)).toBe(cachedStatement(db, sql));
  expect(cachedStatement(db, sql).all()).toEqual([{ x: 1 }, { x: 2 }]);
  expect(cachedStatement(db, sql, { pluck: true }).all()).toEqual([1, 2]);
  expect(cachedStatement(db, sql).all()).toEqual([{ x: 1 }, { x: 2 }]);
  expect(cachedStatement(other, sql, { pluck: true }).all()).toEqual([7]);
  db.exec('ALTER TABLE t ADD COLUMN y TEXT; UPDATE t SET y = \'a\';');
  expect(cachedStatement(db, 'SELECT * FROM t WHERE x = 1').get()).toEqual({ x: 1, y: 'a' });
  db.close();
  other.close();
});
