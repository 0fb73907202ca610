import { join } from 'node:path';
import { migrate } from '../../src/node/db/migrate';
import { migrations } from '../../src/node/db/migrations';
import { openDatabase, type Db } from '../../src/node/db/open';
import { registerSqlFunctions } from '../../src/node/db/sql-functions';
import { tempDir } from './workspace';

/** A real database file migrated up to `version` (and no further), for one migration's test. */
export function databaseAt(version: number): { db: Db; remove(): void } {
  const t = tempDir();
  const db = openDatabase(join(t.dir, 'w.sqlite'));
  registerSqlFunctions(db);
  migrate(db, migrations.filter((m) => m.version <= version));
  return {
    db,
    remove() {
      db.close();
      t.remove();
    },
  };
}

export function insertArticle(db: Db, id: string, text: string, sha = id.replace(/-/g, '').padEnd(64, '0').slice(0, 64)): void {
  db.prepare("INSERT INTO originals VALUES (?, 'text/plain', 'a.txt', 3, '2025-03-10T00:00:00.000Z', 'text', x'616263')").run(sha);
  db.prepare("INSERT INTO articles (id, original_sha256, title, language, text, char_count, created_at, updated_at) VALUES (?, ?, 'T', 'en', ?, 3, 'now', 'now')").run(id, sha, text);
}
