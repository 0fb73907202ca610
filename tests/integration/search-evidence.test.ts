import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexProblems } from '../../src/node/safety/integrity';
import { importFixture, ok, spanOf, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());
const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);

describe('search covers evidence records, never witness identities', () => {
  it('finds actors by alias, figures by wording, quotes and accounts; not a witness name', async () => {
    const article = await importFixture(t.registry, 'syria-coast-2025-03.txt');
    const sohr = await call('actors.create', { name: 'SOHR', type: 'organisation', aliases: [{ alias: 'المرصد السوري لحقوق الإنسان' }] });
    await call('figures.create', { articleId: article.id, ...spanOf(article.text, '745 mostly Alawite civilians'), reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'civilians', count: { qualifier: 'exact', value: 745 }, wording: '745 mostly Alawite civilians' });
    const witness = await call('witnesses.create', {});
    await call('witnesses.identity.set', { id: witness.id, name: 'Zubaida Quokkastan', contact: '+963 555 0101' });
    await call('accounts.create', { witnessId: witness.id, narrative: 'They came at night and asked about the sect of each household.', language: 'en', relation: 'survivor', interviewDate: '2025-03-20' });

    const types = async (q: string) => (await call('search.query', { query: q })).groups.map((g: { type: string }) => g.type);
    expect(await types('المرصد')).toContain('actor');
    expect(await types('"mostly alawite"')).toEqual(expect.arrayContaining(['article', 'figure']));
    expect(await types('household sect')).toContain('account');
    expect((await call('search.query', { query: 'Quokkastan' })).total).toBe(0);
    expect((await call('search.query', { query: '555' })).total).toBe(0);
    expect(searchIndexProblems(t.ws.db)).toEqual([]);
    expect((await call('search.rebuild', {})).documents).toBeGreaterThanOrEqual(4);
    expect(searchIndexProblems(t.ws.db)).toEqual([]);
  });
});
