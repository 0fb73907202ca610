import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../src/shared/api/contract';
import { databaseFingerprint, FIXTURES, ok, tempWorkspace } from '../helpers/workspace';

/** Deterministic pseudo-random numbers, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 10_000);

let t: ReturnType<typeof tempWorkspace>;
const known: Record<string, string> = {};

beforeAll(async () => {
  t = tempWorkspace();
  const bytes = readFileSync(join(FIXTURES, 'syria-coast-2025-03.txt'));
  const imported = await ok(t.registry, 'articles.importFile', { fileName: 'a.txt', dataBase64: bytes.toString('base64') });
  known.article = imported.article.id;
  const codes = await ok(t.registry, 'codes.list', {});
  known.code = codes.codes.find((c: { isCodable: boolean }) => c.isCodable).id;
  known.highlight = (await ok(t.registry, 'highlights.create', { articleId: known.article, start: 0, end: 10 })).id;
  known.case = (await ok(t.registry, 'cases.create', { title: 'Fuzz case' })).id;
});
afterAll(() => t.remove());

/** Values that break naive code: wrong types, huge and odd strings, bad numbers, lone surrogates, ids. */
function hostileValue(r: () => number, depth = 0): unknown {
  const pool: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => Math.floor(r() * 2 ** 31) * (r() < 0.5 ? -1 : 1),
    () => [-1, 0, 1, 2 ** 53, -(2 ** 53), 1e308, Number.NaN, Infinity, -Infinity, 0.5][Math.floor(r() * 10)],
    () => '',
    () => 'x'.repeat(Math.floor(r() * 5000)),
    () => '\ud800\udfff\ud800' + String.fromCharCode(Math.floor(r() * 65536)),
    () => '"; DROP TABLE articles; --',
    () => '../../../../etc/passwd',
    () => '<script>alert(1)</script>',
    () => 'قُتل ٤٥ "" ( * OR NOT',
    () => crypto.randomUUID(),
    () => Object.values(known)[Math.floor(r() * Object.values(known).length)],
    () => '#zzzzzz',
    () => '2025-13-45',
    () => ({ __proto__: { polluted: true }, constructor: 'x' }),
  ];
  if (depth < 2) {
    pool.push(() => Array.from({ length: Math.floor(r() * 4) }, () => hostileValue(r, depth + 1)));
    pool.push(() => Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [`k${i}`, hostileValue(r, depth + 1)])));
  }
  return pool[Math.floor(r() * pool.length)]();
}

/** An input shaped like the method's schema but with fields dropped, added or replaced. */
function mutatedInput(method: string, r: () => number): unknown {
  const shape = (contract as Record<string, { input: { _zod?: { def?: { shape?: Record<string, unknown> } } } }>)[method].input;
  const keys = Object.keys(shape._zod?.def?.shape ?? {});
  if (r() < 0.15) return hostileValue(r);
  const input: Record<string, unknown> = {};
  for (const key of keys) if (r() < 0.8) input[key] = hostileValue(r);
  if (r() < 0.2) input[`extra${Math.floor(r() * 3)}`] = hostileValue(r);
  return input;
}

/** A fuzzed call that succeeds may change data (undo, valid ids); a rejected one never does. */
describe('fuzzing every API method', () => {
  it(`${ROUNDS} malformed inputs: never an unhandled exception, always a clear error, no change on rejection`, async () => {
    const r = rng(20250306);
    const codes = new Set<string>();
    let rejected = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const method = methodNames[Math.floor(r() * methodNames.length)];
      const input = mutatedInput(method, r);
      const before = i % 25 === 0 ? databaseFingerprint(t.ws) : null;
      let result;
      try {
        result = await t.registry.call(method, input);
      } catch (error) {
        throw new Error(`round ${i}: ${method} threw ${(error as Error).stack}`);
      }
      expect(typeof result.ok, `round ${i} ${method}`).toBe('boolean');
      if (!result.ok) {
        rejected++;
        codes.add(result.error.code);
        expect(result.error.code, `round ${i} ${method}: ${result.error.message}`).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(5);
        expect(result.error.message).not.toMatch(/\n\s+at |SqliteError|SQLITE_|undefined is not|Cannot read prop/);
        if (before !== null) expect(databaseFingerprint(t.ws), `round ${i} ${method} changed data although rejected`).toBe(before);
      }
    }
    expect(rejected).toBeGreaterThan(ROUNDS * 0.75); // methods without required fields (lists, undo) accept {}
    expect(codes.has('invalid_input')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
