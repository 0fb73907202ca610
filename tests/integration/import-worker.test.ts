import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/schemas/article';
import { DEFAULT_PARSE_LIMITS } from '../../src/node/parsing/parse-limits';
import { parsePool } from '../../src/node/parsing/parse-pool';
import { databaseFingerprint, failed, FIXTURES, ok, tempWorkspace } from '../helpers/workspace';
import { makeLongHtml } from '../helpers/make-documents';

// Real parse workers (node:worker_threads, TypeScript loaded through tsx), real SQLite files.
let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => {
  parsePool.configure(DEFAULT_PARSE_LIMITS);
  t.remove();
});

const slowPage = makeLongHtml(8_000).toString('base64');
const fixture = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64');
const importSmall = () => ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'bulletin.txt', dataBase64: fixture('synthetic-monitor-bulletin.txt') });
const settled = (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 0))]);

describe('files are read in a worker', () => {
  it('the core answers other calls while a slow file is being read', async () => {
    await importSmall(); // a worker is started and ready
    const slow = ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'long.html', dataBase64: slowPage });
    const list = await ok<{ total: number }>(t.registry, 'articles.list', {});
    expect(list.total).toBe(1);
    expect(await settled(slow)).toBe(false);
    const done = await slow;
    expect(done).toMatchObject({ duplicate: false, article: { title: 'A long report' } });
  });

  it('a running import is cancelled by its jobId: nothing is written, and the next import works', async () => {
    await importSmall();
    const before = databaseFingerprint(t.ws);
    const jobId = 'job-1';
    const slow = failed(t.registry, 'articles.importFile', { fileName: 'long.html', dataBase64: slowPage, jobId });
    await new Promise((r) => setTimeout(r, 300));
    expect(await ok(t.registry, 'articles.cancelImport', { jobId })).toEqual({ cancelled: true });
    expect(await slow).toMatchObject({ code: 'cancelled', message: 'The import of long.html was cancelled; nothing was imported.' });
    expect(databaseFingerprint(t.ws)).toBe(before);
    expect(await ok(t.registry, 'articles.cancelImport', { jobId })).toEqual({ cancelled: false });
    const next = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'news.html', dataBase64: fixture('synthetic-news-page.html'), jobId });
    expect(next.duplicate).toBe(false);
  });

  it('a queued import can be cancelled too, and a jobId in use is refused', async () => {
    parsePool.configure({ timeLimitMs: 60_000 });
    const first = ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'a.html', dataBase64: slowPage, jobId: 'a' });
    expect(await failed(t.registry, 'articles.importFile', { fileName: 'b.txt', dataBase64: fixture('synthetic-monitor-bulletin.txt'), jobId: 'a' })).toMatchObject({
      code: 'conflict',
    });
    await ok(t.registry, 'articles.cancelImport', { jobId: 'a' });
    await expect(first).rejects.toThrow(/cancelled/);
  });

  it('a file that takes longer than the time limit is stopped, with a sentence, and changes nothing', async () => {
    await importSmall();
    parsePool.configure({ timeLimitMs: 500 });
    const before = databaseFingerprint(t.ws);
    const error = await failed(t.registry, 'articles.importFile', { fileName: 'long.html', dataBase64: slowPage });
    expect(error).toEqual({ code: 'too_large', message: 'long.html took longer than 0.5 s to read and was stopped; nothing was imported.' });
    expect(databaseFingerprint(t.ws)).toBe(before);
    parsePool.configure(DEFAULT_PARSE_LIMITS);
    expect((await ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'news.html', dataBase64: fixture('synthetic-news-page.html') })).duplicate).toBe(false);
  });

  it('a file that needs more memory than a worker may use stops that worker, not the process', async () => {
    parsePool.configure({ maxOldGenerationSizeMb: 128 });
    const before = databaseFingerprint(t.ws);
    const error = await failed(t.registry, 'articles.importFile', { fileName: 'huge.html', dataBase64: makeLongHtml(40_000).toString('base64') });
    expect(error.code).toBe('too_large');
    expect(error.message).toBe(
      'huge.html needs more memory than Fieldnotes allows for one file (128 MB) and was stopped; nothing was imported. Split it or save a smaller copy, then import that.',
    );
    expect(databaseFingerprint(t.ws)).toBe(before);
    expect((await importSmall()).duplicate).toBe(false);
  });

  it('what the importers refuse still gets their sentence, from the worker', async () => {
    const error = await failed(t.registry, 'articles.importFile', { fileName: 'notes.rtf', dataBase64: Buffer.from('{\\rtf1 hi}').toString('base64') });
    expect(error.code).toBe('unsupported_type');
    expect(error.message).toMatch(/^notes\.rtf: "\.rtf" files are not supported\./);
  });
});
