import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodePointText } from '../../src/shared/domain/code-points';
import type { SearchGroup } from '../../src/shared/schemas/search';
import { searchIndexProblems } from '../../src/node/safety/integrity';
import { databaseFingerprint, importFixture as importFixtureVia, ok, spanOf, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const importFixture = (name: string) => importFixtureVia(t.registry, name);
const span = spanOf;
const ids = (groups: SearchGroup[], type: string) => groups.find((g) => g.type === type)?.results.map((r) => r.id) ?? [];
const search = (query: string, filters: Record<string, unknown> = {}, limit = 20) => call<{ groups: SearchGroup[]; total: number }>('search.query', { query, filters, limit });
const integrity = () => expect(searchIndexProblems(t.ws.db)).toEqual([]);

describe('search', () => {
  it('finds articles, highlights, memos and cases; snippets mark the words; results jump to the place', async () => {
    const coast = await importFixture('syria-coast-2025-03.txt');
    const bulletin = await importFixture('synthetic-monitor-bulletin.txt');
    const h = await call('highlights.create', { articleId: coast.id, ...span(coast.text, '745 mostly Alawite civilians'), memo: 'SOHR breakdown of the dead' });
    await call('memos.create', { targetType: 'article', targetId: bulletin.id, text: 'Gravedigger testimony needs a second source.' });
    const kase = await call('cases.create', { title: 'Coastal killings, March 2025', description: 'Alawite civilians targeted for identity' });

    const { groups } = await search('alawite');
    expect(ids(groups, 'article')).toEqual([coast.id]);
    expect(ids(groups, 'highlight')).toEqual([h.id]);
    expect(ids(groups, 'case')).toEqual([kase.id]);
    const article = groups.find((g) => g.type === 'article')!.results[0];
    expect(article.snippet.some((p) => p.match && /alawite/i.test(p.text))).toBe(true);
    expect(new CodePointText(coast.text).slice(article.start!, article.end!).toLowerCase()).toBe('alawite');
    const hl = groups.find((g) => g.type === 'highlight')!.results[0];
    expect(hl).toMatchObject({ articleId: coast.id, start: h.start, end: h.end });

    expect(ids((await search('gravedigger')).groups, 'memo')).toHaveLength(1);
    expect(ids((await search('gravedigger')).groups, 'article')).toEqual([bulletin.id]);
    integrity();
  });

  it('supports phrases, prefixes, exclusion and OR', async () => {
    const coast = await importFixture('syria-coast-2025-03.txt');
    const bulletin = await importFixture('synthetic-monitor-bulletin.txt');
    expect(ids((await search('"security forces"')).groups, 'article')).toEqual([coast.id]);
    expect(ids((await search('"forces security"')).groups, 'article')).toEqual([]);
    expect(ids((await search('gravedig*')).groups, 'article')).toEqual([bulletin.id]);
    expect(ids((await search('killed -gravedigger')).groups, 'article')).toEqual([coast.id]);
    expect(ids((await search('gravedigger OR Latakia')).groups, 'article').sort()).toEqual([coast.id, bulletin.id].sort());
  });

  it('matches Arabic with or without tashkeel, hamza forms, taa marbuta and either kind of digits', async () => {
    const brief = await importFixture('synthetic-arabic-brief.txt');
    for (const q of ['قتل', 'قُتِل', 'مدنيا', '45', '٤٥', 'اطفال', 'الطائفه', 'الطائفة', 'إطلاق', 'اطلاق']) {
      expect(ids((await search(q)).groups, 'article'), q).toEqual([brief.id]);
    }
    const { groups } = await search('مدنيا');
    const r = groups[0].results[0];
    expect(new CodePointText(brief.text).slice(r.start!, r.end!)).toBe('مدنياً');
  });

  it('filters by type, case, code (with sub-codes), language and date', async () => {
    const coast = await importFixture('syria-coast-2025-03.txt');
    const brief = await importFixture('synthetic-arabic-brief.txt');
    const page = await importFixture('synthetic-news-page.html'); // published 2025-03-10
    await call('articles.update', { id: coast.id, patch: { publishedAt: '2025-03-09' } });
    const kase = await call('cases.create', { title: 'Case' });
    await call('cases.addArticles', { caseId: kase.id, articleIds: [page.id] });
    const parent = await call('codes.create', { name: 'Harm (test)', color: '#111111', isCodable: false });
    const child = await call('codes.create', { name: 'Killing (test)', color: '#222222', parentId: parent.id });
    const hl = await call('highlights.create', { articleId: page.id, ...span(page.text, 'at least 60 people had been killed'), codeIds: [child.id] });

    expect((await search('killed', { types: ['highlight'] })).groups.map((g) => g.type)).toEqual(['highlight']);
    expect(ids((await search('killed', { caseId: kase.id })).groups, 'article')).toEqual([page.id]);
    expect(ids((await search('killed', { codeId: parent.id })).groups, 'highlight')).toEqual([hl.id]);
    expect(ids((await search('killed', { codeId: parent.id, includeChildCodes: false })).groups, 'highlight')).toEqual([]);
    expect(ids((await search('killed', { codeId: parent.id })).groups, 'article')).toEqual([page.id]);
    expect(ids((await search('45 OR killed', { language: 'ar' })).groups, 'article')).toEqual([brief.id]);
    expect(ids((await search('killed', { from: '2025-03-10', to: '2025-03-31' })).groups, 'article')).toEqual([page.id]);
    expect(ids((await search('killed', { to: '2025-03-09' })).groups, 'article')).toEqual([coast.id]);
  });

  it('ranks and counts a filtered search exactly as the unfiltered one keeps the filtered records', async () => {
    // Thirty reports repeating "shelling" a different number of times, in two languages and on two dates.
    const made: { id: string; language: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const language = i % 3 === 0 ? 'ar' : 'en';
      const text = `Report ${i} on the coast. ${'shelling near the road. '.repeat(1 + (i % 7))}${'Quiet night in the village. '.repeat(i % 5)}`;
      const a = (await call('articles.importText', { text, title: `Report ${i}` })).article;
      await call('articles.update', { id: a.id, patch: { language, publishedAt: `2025-03-${String(1 + (i % 2) * 10).padStart(2, '0')}` } });
      made.push({ id: a.id, language });
      await call('highlights.create', { articleId: a.id, ...span(text, 'shelling near the road') });
    }
    const all = (await search('shelling', { types: ['article'] }, 500)).groups[0];
    expect(all.total).toBe(30);
    const english = new Set(made.filter((m) => m.language === 'en').map((m) => m.id));
    const filtered = (await search('shelling', { types: ['article'], language: 'en' }, 5)).groups[0];
    expect(filtered.total).toBe(20);
    expect(filtered.results.map((r) => r.id)).toEqual(all.results.filter((r) => english.has(r.id)).slice(0, 5).map((r) => r.id));
    expect(filtered.results.map((r) => r.score)).toEqual(all.results.filter((r) => english.has(r.id)).slice(0, 5).map((r) => r.score));
    const early = (await search('shelling', { to: '2025-03-05' }, 500)).groups;
    expect(early.map((g) => [g.type, g.total])).toEqual([['article', 15], ['highlight', 15]]);
    expect((await search('shelling', { language: 'fr' as never })).groups).toEqual([]);
  });

  it('drops deleted records at once, and brings them back on undo', async () => {
    const coast = await importFixture('syria-coast-2025-03.txt');
    const h = await call('highlights.create', { articleId: coast.id, ...span(coast.text, 'Latakia'), memo: 'zanzibar marker' });
    expect(ids((await search('zanzibar')).groups, 'highlight')).toEqual([h.id]);
    await call('highlights.delete', { id: h.id });
    expect((await search('zanzibar')).total).toBe(0);
    await call('undo.undo', {});
    expect(ids((await search('zanzibar')).groups, 'highlight')).toEqual([h.id]);
    await call('highlights.setMemo', { id: h.id, memo: 'quokka marker' });
    expect((await search('zanzibar')).total).toBe(0);
    expect((await search('quokka')).total).toBe(1);
    integrity();
  });

  it('follows corrections of the reading text', async () => {
    const bulletin = await importFixture('synthetic-monitor-bulletin.txt');
    await call('articles.correctText', { id: bulletin.id, text: bulletin.text.replace('Tel Hasan', 'Tall Hassan'), reason: 'spelling' });
    expect((await call('search.query', { query: 'hasan', exactWords: true })).total).toBe(0); // spellings on, Hassan ~ Hasan
    expect((await search('hasan')).total).toBe(1);
    expect(ids((await search('hassan')).groups, 'article')).toEqual([bulletin.id]);
    integrity();
  });

  it('gives a clear error for bad syntax and never an SQL error', async () => {
    await importFixture('syria-coast-2025-03.txt');
    const before = databaseFingerprint(t.ws);
    for (const [query, message] of [
      ['"unbalanced', /The quote opened before 'unbalanced' is never closed/],
      ['-alone', /cannot only exclude/],
      ['OR', /OR needs a word/],
    ] as const) {
      const r = await t.registry.call('search.query', { query });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
      if (!r.ok) expect(r.error.message).not.toMatch(/SQLITE|fts5|syntax error/i);
    }
    for (const query of ['NEAR(', 'a AND', '^x', 'col:x', '*', '(((', "'; DROP TABLE articles; --"]) {
      const r = await t.registry.call('search.query', { query });
      if (!r.ok) expect(r.error.message, query).not.toMatch(/SQLITE_|no such column/i);
    }
    expect(databaseFingerprint(t.ws)).toBe(before);
    expect(await t.registry.call('search.query', { query: 'x', filters: { from: '2025-03-10', to: '2025-03-01' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rebuilds, and passes the FTS5 integrity check', async () => {
    await importFixture('syria-coast-2025-03.txt');
    await importFixture('synthetic-arabic-brief.txt');
    expect((await call('search.rebuild', {})).documents).toBe(2);
    integrity();
    expect((await search('alawite')).total).toBe(1);
  });

  it('saves searches with their filters', async () => {
    const saved = await call('search.saved.create', { name: 'Alawite victims', query: 'alawite civilians', filters: { types: ['article'] } });
    expect((await call('search.saved.list', {})).searches).toEqual([saved]);
    expect(saved.filters).toMatchObject({ types: ['article'], includeChildCodes: true });
    expect(await t.registry.call('search.saved.create', { name: 'bad', query: '"open' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call('search.saved.delete', { id: saved.id });
    expect((await call('search.saved.list', {})).searches).toEqual([]);
  });
});
