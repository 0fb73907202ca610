import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ImportResult } from '../../src/shared/schemas/article';
import { articlesFound } from '../helpers/import-fixtures';
import { FIXTURES, ok, tempWorkspace } from '../helpers/workspace';

// Fixtures in tests/fixtures/import/ were written by iconv from UTF-8 sources (arabic-source.txt).
let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const fixture = (name: string) => readFileSync(join(FIXTURES, 'import', name));
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
async function importOk(fileName: string, bytes: Buffer): Promise<{ result: ImportResult; article: Article }> {
  const result = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName, dataBase64: bytes.toString('base64') });
  return { result, article: await ok<Article>(t.registry, 'articles.get', { id: result.article.id }) };
}
const arabic = fixture('arabic-source.txt').toString('utf8');

describe('legacy encodings', () => {
  it('reads a windows-1256 Arabic .txt file, keeps its bytes and names the encoding', async () => {
    const bytes = fixture('arabic-windows-1256.txt');
    const { result, article } = await importOk('bulletin.txt', bytes);
    expect(words(article.text)).toBe(words(arabic));
    expect(article.language).toBe('ar');
    expect(result.report?.encoding).toBe('windows-1256');
    expect(result.report?.notes.join(' ')).toMatch(/windows-1256/);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const stored = t.ws.db.prepare('SELECT data FROM originals WHERE sha256 = ?').pluck().get(result.sha256) as Buffer;
    expect(Buffer.compare(stored, bytes)).toBe(0);
    expect(await articlesFound(t, 'اللاذقية')).toEqual([article.id]);
  });

  it('reads a page declaring <meta charset="windows-1256">', async () => {
    const { result, article } = await importOk('page.html', fixture('arabic-windows-1256.html'));
    expect(result.report?.encoding).toBe('windows-1256');
    expect(article.title).toBe('أحداث الساحل السوري');
    expect(words(article.text)).toContain(words(arabic));
  });

  it('reads a page declaring ISO-8859-6 through http-equiv Content-Type', async () => {
    const { result, article } = await importOk('page-iso.html', fixture('arabic-iso-8859-6.html'));
    expect(result.report?.encoding).toBe('iso-8859-6');
    expect(words(article.text)).toContain(words(arabic));
  });

  it('reads Latin-1 and windows-1252 text files', async () => {
    const latin = await importOk('latin.txt', fixture('french-latin-1.txt'));
    expect(latin.result.report?.encoding).toBe('iso-8859-1');
    expect(latin.article.text).toContain('Le témoin a décrit les hommes armés à l\'aube');
    const cp = await importOk('cp.txt', fixture('french-windows-1252.txt'));
    expect(cp.result.report?.encoding).toBe('windows-1252');
    expect(cp.article.text).toContain('l’arrivée des hommes armés à l’aube; «ils ont demandé');
  });

  it('UTF-8 stays UTF-8, and binary data is still refused', async () => {
    const { result } = await importOk('utf8.txt', Buffer.from(arabic, 'utf8'));
    expect(result.report?.encoding).toBe('utf-8');
    const r = await t.registry.call('articles.importFile', { fileName: 'x.txt', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0x01]).toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
