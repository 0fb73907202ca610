import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodePointText } from '../../src/shared/domain/code-points';
import type { ApiErrorBody } from '../../src/shared/api/errors';
import { createRegistry, type Registry } from '../../src/node/api/registry';
import { openWorkspace, type Workspace } from '../../src/node/workspace';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fresh workspace on a real SQLite file in a temp folder; remove() deletes the folder. */
export function tempWorkspace(): { ws: Workspace; registry: Registry; dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-test-'));
  const ws = openWorkspace({ dataDir: dir });
  return {
    ws,
    registry: createRegistry(ws),
    dir,
    remove() {
      try {
        ws.close();
      } catch {
        // already closed by the test
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Calls the registry and fails the test with the API's own message when the call fails. */
export async function ok<T = any>(registry: Registry, method: string, input: unknown): Promise<T> {
  const result = await registry.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The error of a call that must fail (the test fails if it succeeds). */
export async function failed(registry: Registry, method: string, input: unknown): Promise<ApiErrorBody> {
  const result = await registry.call(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

/** Checksum of every row of every table (FTS5 shadow tables included), to prove a rejected call changed nothing. */
export function databaseFingerprint(ws: Workspace): string {
  const tables = ws.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .all() as { name: string }[];
  const hex = (_k: string, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v);
  return tables
    .map(({ name }) => {
      const rows = (ws.db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, hex)).sort();
      return `${name}:${rows.join(',')}`;
    })
    .join('\n');
}

/** Imports a fixture file through the API and returns the full article. */
export async function importFixture(registry: Registry, name: string): Promise<any> {
  const r = await ok(registry, 'articles.importFile', { fileName: name, dataBase64: readFileSync(join(FIXTURES, name)).toString('base64') });
  return ok(registry, 'articles.get', { id: r.article.id });
}

/** The code-point span of the first occurrence of a phrase, as the API's selections expect. */
export function spanOf(text: string, phrase: string): { start: number; end: number } {
  const u16 = text.indexOf(phrase);
  if (u16 < 0) throw new Error(`phrase not found: ${phrase}`);
  const start = new CodePointText(text).toCodePoint(u16);
  return { start, end: start + [...phrase].length };
}
