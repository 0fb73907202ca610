import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/node/db/open';
import { databaseAt, insertArticle } from '../../helpers/migrated';

let db: Db;
let remove: () => void;
beforeEach(() => {
  ({ db, remove } = databaseAt(6));
  insertArticle(db, 'a1', 'text');
});
afterEach(() => remove());

describe('migration 0006: dismissed suggestions', () => {
  it('remembers a dismissal once per article and key, for existing articles only', () => {
    db.prepare("INSERT INTO suggestion_dismissals VALUES ('a1', 'figure:0:4:text', 'n')").run();
    expect(() => db.prepare("INSERT INTO suggestion_dismissals VALUES ('a1', 'figure:0:4:text', 'n')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO suggestion_dismissals VALUES ('nope', 'k', 'n')").run()).toThrow(/FOREIGN KEY/);
  });
});
