import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../src/shared/api/contract';
import type { Article, ImportResult } from '../../src/shared/schemas/article';
import { describeMethods } from '../../src/node/api/registry';
import { databaseFingerprint, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

async function paste(text: string, extra: Record<string, unknown> = {}) {
  return (await ok<ImportResult>(t.registry, 'articles.importText', { text, ...extra })).article;
}

describe('the API registry', () => {
  it('answers an unknown method with unknown_method', async () => {
    expect(await t.registry.call('articles.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await t.registry.call(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await t.registry.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('rejects invalid input with field-level issues and a readable message, writing nothing', async () => {
    await paste('Some article text');
    const before = databaseFingerprint(t.ws);
    const cases: [string, unknown, string][] = [
      ['articles.get', { id: 'not-a-uuid' }, 'id'],
      ['articles.get', {}, 'id'],
      ['articles.get', null, 'id'],
      ['articles.get', 'a string', '(input)'],
      ['articles.list', { sort: 'DROP TABLE' }, 'sort'],
      ['articles.list', { unexpected: 1 }, '(input)'],
      ['articles.importText', { text: 42 }, 'text'],
      ['articles.importFile', { fileName: 'a.txt', dataBase64: '***' }, 'dataBase64'],
      ['articles.update', { id: crypto.randomUUID(), patch: { text: 'rewritten' } }, 'patch'],
      ['articles.update', { id: crypto.randomUUID(), patch: { title: '   ' } }, 'patch.title'],
      ['articles.update', { id: crypto.randomUUID(), patch: { publishedAt: 'last Tuesday' } }, 'patch.publishedAt'],
      ['articles.update', { id: crypto.randomUUID(), patch: { sourceUrl: 'javascript alert' } }, 'patch.sourceUrl'],
      ['articles.update', { id: crypto.randomUUID(), patch: { language: 'Arabic!!' } }, 'patch.language'],
    ];
    for (const [method, input, path] of cases) {
      const result = await t.registry.call(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toContain(method);
        expect(result.error.issues?.map((i) => i.path)).toContain(path);
      }
    }
    expect(databaseFingerprint(t.ws)).toBe(before);
  });

  it('answers a missing article with not_found', async () => {
    const id = crypto.randomUUID();
    expect(await t.registry.call('articles.get', { id })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining(id) } });
    expect(await t.registry.call('articles.update', { id, patch: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('edits metadata, keeps the reading text, and stamps updatedAt', async () => {
    let now = new Date('2025-03-10T10:00:00Z');
    t.ws.ctx.now = () => now.toISOString();
    const created = await paste('The reading text stays as it was.');
    now = new Date('2025-03-11T12:00:00Z');
    const updated = await ok<Article>(t.registry, 'articles.update', {
      id: created.id,
      patch: { title: '  Edited title ', publisher: 'SOHR', publishedAt: '2025-03-08', language: 'en', notes: 'Check against SNHR.', sourceUrl: 'https://example.org/a' },
    });
    expect(updated).toMatchObject({ title: 'Edited title', publisher: 'SOHR', publishedAt: '2025-03-08', notes: 'Check against SNHR.', sourceUrl: 'https://example.org/a' });
    expect(updated.text).toBe('The reading text stays as it was.');
    expect(updated.createdAt).toBe('2025-03-10T10:00:00.000Z');
    expect(updated.updatedAt).toBe('2025-03-11T12:00:00.000Z');
    const cleared = await ok<Article>(t.registry, 'articles.update', { id: created.id, patch: { publisher: '', author: null } });
    expect(cleared.publisher).toBeNull();
    expect(cleared.author).toBeNull();
  });

  it('lists, sorts and filters the library', async () => {
    await paste('b', { title: 'Bravo report', publisher: 'SNHR', publishedAt: '2025-03-09' });
    await paste('a', { title: 'Alpha report', publisher: 'SOHR', publishedAt: '2025-03-11' });
    await paste('c', { title: 'Charlie 100% sure_thing' });
    const byTitle = await ok(t.registry, 'articles.list', { sort: 'title', direction: 'asc' });
    expect(byTitle.items.map((a: Article) => a.title)).toEqual(['Alpha report', 'Bravo report', 'Charlie 100% sure_thing']);
    const byDate = await ok(t.registry, 'articles.list', { sort: 'publishedAt', direction: 'desc' });
    expect(byDate.items.map((a: Article) => a.title)).toEqual(['Alpha report', 'Bravo report', 'Charlie 100% sure_thing']);
    const filtered = await ok(t.registry, 'articles.list', { filter: 'snhr' });
    expect(filtered.items.map((a: Article) => a.title)).toEqual(['Bravo report']);
    expect(filtered.total).toBe(3);
    expect((await ok(t.registry, 'articles.list', { filter: '100%' })).items).toHaveLength(1);
    expect((await ok(t.registry, 'articles.list', { filter: '_' })).items).toHaveLength(1);
  });

  it('describes every method with input and output JSON Schema', () => {
    const described = describeMethods();
    expect(described.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    const get = described.find((m) => m.name === 'articles.get')!;
    expect(get.input).toMatchObject({ type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] });
    expect(get.output).toMatchObject({ type: 'object', properties: { text: { type: 'string' } } });
  });

  it('reports where the workspace is', async () => {
    await paste('x');
    const info = await ok(t.registry, 'workspace.info', {});
    expect(info).toMatchObject({ dataDir: t.dir, schemaVersion: 10, articleCount: 1 });
    expect(info.databasePath.startsWith(t.dir)).toBe(true);
  });
});

describe('the demo case', () => {
  it('loads articles in English and Arabic once; loading again adds nothing', async () => {
    const first = await ok(t.registry, 'demo.load', {});
    expect(first.imported).toBeGreaterThanOrEqual(4);
    expect(first.alreadyPresent).toBe(0);
    const list = await ok(t.registry, 'articles.list', {});
    expect(list.items).toHaveLength(first.imported);
    expect(list.items.some((a: Article) => a.language === 'ar')).toBe(true);
    expect(list.items.every((a: Article) => a.publisher)).toBe(true);
    const second = await ok(t.registry, 'demo.load', {});
    expect(second).toEqual({ imported: 0, alreadyPresent: first.imported, caseId: first.caseId });
    const cases = await ok(t.registry, 'cases.list', {});
    expect(cases.cases).toMatchObject([{ id: first.caseId, title: 'Coastal killings, March 2025', articleCount: first.imported }]);
  });
});
