import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodePointText } from '../../src/shared/domain/code-points';
import type { SearchGroup } from '../../src/shared/schemas/search';
import { searchIndexProblems } from '../../src/node/safety/integrity';
import { failed, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const paste = async (text: string) => call<{ id: string; text: string }>('articles.get', { id: (await call('articles.importText', { text, title: 'Report' })).article.id });
type Found = { groups: SearchGroup[]; total: number; alsoSearched: string[] };
const search = (query: string, options: Record<string, unknown> = {}) => call<Found>('search.query', { query, filters: { types: ['article'] }, ...options });
const articles = (r: Found) => r.groups.find((g) => g.type === 'article')?.results ?? [];
const ids = (r: Found) => articles(r).map((x) => x.id);

describe('search with stems, spellings and aliases', () => {
  it('finds other forms of a word, ranks the exact form first, and marks and jumps to the whole word matched', async () => {
    const dead = await paste('دُفن الضحايا والقتلى في مقبرة جماعية.');
    const exact = await paste('قال شهود إن قتلى سقطوا في الشارع.');
    const killed = await paste('Gunmen killed twelve people; the killings went on.');
    const r = await search('قتلى');
    expect(ids(r)[0]).toBe(exact.id);
    expect(ids(r)).toContain(dead.id);
    const hit = articles(r).find((x) => x.id === dead.id)!;
    expect(new CodePointText(dead.text).slice(hit.start!, hit.end!)).toBe('والقتلى');
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['والقتلى']);
    const en = articles(await search('kill'))[0];
    expect(en.id).toBe(killed.id);
    expect(en.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['killed', 'killings']);
    expect(searchIndexProblems(t.ws.db)).toEqual([]);
  });

  it('turns stems and spellings off for exact words only, and for a quoted word', async () => {
    await paste('Gunmen killed twelve people.');
    await paste('President Ahmad al-Sharaa spoke.');
    expect(ids(await search('kill'))).toHaveLength(1);
    expect(ids(await search('kill', { exactWords: true }))).toEqual([]);
    expect(ids(await search('"kill"'))).toEqual([]);
    expect(ids(await search('Shara'))).toHaveLength(1);
    expect(ids(await search('Shara', { spellings: false }))).toEqual([]);
  });

  it('keeps phrases and exclusions to their exact words', async () => {
    const plural = await paste('The ministry denied revenge killings.');
    const other = await paste('Residents feared a killing in revenge.');
    expect(ids(await search('"revenge killing"'))).toEqual([]);
    expect(ids(await search('"revenge killings"'))).toEqual([plural.id]);
    expect(new Set(ids(await search('killing')))).toEqual(new Set([plural.id, other.id]));
    expect(ids(await search('killing -killings'))).toEqual([other.id]);
  });

  it("also searches a registered actor's other names, says so, and can be told not to", async () => {
    await call('actors.create', { name: 'Ahmad al-Sharaa', type: 'person', aliases: [{ alias: 'أحمد الشرع' }, { alias: 'al-Jolani' }] });
    const ar = await paste('وعد الرئيس أحمد الشرع بالمحاسبة.');
    const old = await paste('Abu Mohammad al-Jolani led the group.');
    const en = await paste('President al Shara spoke on television.');
    const r = await search('al-Sharaa');
    expect(new Set(ids(r))).toEqual(new Set([ar.id, old.id, en.id]));
    expect(r.alsoSearched).toEqual(expect.arrayContaining(['أحمد الشرع', 'al-Jolani']));
    const marked = articles(r).find((x) => x.id === ar.id)!.snippet.filter((p) => p.match).map((p) => p.text);
    expect(marked).toEqual(['أحمد الشرع']);
    const off = await search('al-Sharaa', { aliases: false });
    expect(ids(off)).toEqual([en.id]);
    expect(off.alsoSearched).toEqual([]);
    expect(ids(await search('Ahmad'))).toEqual([]); // a first name alone names no one
  });

  it('says what to change in a query, with the position', async () => {
    const e = await failed(t.registry, 'search.query', { query: 'Alawite "revenge attacks' });
    expect(e.message).toMatch(/^The quote opened before 'revenge' is never closed/);
    expect(e.issues).toEqual([{ path: 'query', message: 'at character 9' }]);
    expect((await failed(t.registry, 'search.query', { query: 'AND OR' })).message).toMatch(/needs a word on each side/);
  });
});
