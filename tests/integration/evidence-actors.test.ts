import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_SEARCH_SOURCES } from '../../src/node/db/migrations/0005-evidence';
import { evidenceFilterSql } from '../../src/node/services/evidence-search';
import { rebuildSearchIndex, search } from '../../src/node/services/search';
import { failed, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const fail = (method: string, input: unknown) => failed(t.registry, method, input);
const names = (matches: { actor: { name: string }; kind: string }[]) => matches.map((m) => `${m.actor.name}:${m.kind}`);
const EVIDENCE_TYPES = ['figure', 'quote', 'account', 'actor', 'incident'] as const;
const find = (query: string, filters: object = {}) => search(t.ws.ctx, query, { includeChildCodes: true, types: [...EVIDENCE_TYPES], ...filters }, 20);
const ids = (r: ReturnType<typeof find>, type: string) => r.groups.find((g) => g.type === type)?.results.map((x) => x.id) ?? [];
const integrity = () => {
  for (const s of EVIDENCE_SEARCH_SOURCES) t.ws.db.prepare(`INSERT INTO ${s.fts} (${s.fts}, rank) VALUES ('integrity-check', 1)`).run();
};

async function registry() {
  const sharaa = await call('actors.create', { name: 'Ahmad al-Sharaa', type: 'person', aliases: ['Ahmed al-Sharaa', 'al Shara', { alias: 'أحمد الشرع', language: 'ar' }] });
  const sohr = await call('actors.create', { name: 'Syrian Observatory for Human Rights', type: 'organisation', aliases: ['SOHR', { alias: 'المرصد السوري لحقوق الإنسان', language: 'ar' }] });
  return { sharaa, sohr };
}

describe('actor registry', () => {
  it('matches Latin and Arabic variants of registered names through one normalisation', async () => {
    await registry();
    for (const q of ['Ahmad al-Sharaa', 'ahmad AL SHARAA', 'Ahmed al Sharaa', 'Ahmed el-Sharaa', 'al-Shara', 'AL SHARA', 'أحمد الشرع', 'احمد الشرع', 'أَحْمَد الشَّرَع']) {
      expect(names((await call('actors.match', { name: q })).matches), q).toEqual(['Ahmad al-Sharaa:exact']);
    }
    for (const q of ['SOHR', 's.o.h.r.', 'syrian observatory for human rights', 'المرصد السوري لحقوق الإنسان', 'المرصد السوري لحقوق الانسان']) {
      expect(names((await call('actors.match', { name: q })).matches), q).toEqual(['Syrian Observatory for Human Rights:exact']);
    }
    expect(names((await call('actors.match', { name: 'Sharaa' })).matches)).toEqual(['Ahmad al-Sharaa:partial']);
    expect(names((await call('actors.match', { name: 'human rights' })).matches)).toEqual(['Syrian Observatory for Human Rights:partial']);
    expect((await call('actors.match', { name: 'Bashar al-Assad' })).matches).toEqual([]);
    expect((await call('actors.match', { name: 'al-' })).matches).toEqual([]);
    expect((await call('actors.list', { filter: 'الشرع' })).actors.map((a: { name: string }) => a.name)).toEqual(['Ahmad al-Sharaa']);
    expect((await call('actors.list', { type: 'organisation' })).actors.map((a: { name: string }) => a.name)).toEqual(['Syrian Observatory for Human Rights']);
  });

  it('refuses duplicate aliases and names by their normalised form, and empty names', async () => {
    const { sharaa } = await registry();
    expect((await fail('actors.addAlias', { actorId: sharaa.id, alias: 'Ahmed Al Sharaa' })).code).toBe('conflict');
    expect((await fail('actors.addAlias', { actorId: sharaa.id, alias: 'AHMAD EL-SHARAA' })).message).toMatch(/already the name/);
    expect((await fail('actors.addAlias', { actorId: sharaa.id, alias: 'al-' })).code).toBe('invalid_input');
    expect((await fail('actors.create', { name: 'ahmad al sharaa', type: 'person' })).code).toBe('conflict');
    expect((await fail('actors.create', { name: 'X', type: 'militia' })).code).toBe('invalid_input');
    const withAlias = await call('actors.addAlias', { actorId: sharaa.id, alias: 'Abu Mohammad al-Jolani', language: 'en' });
    expect(withAlias.aliases.map((a: { alias: string }) => a.alias)).toContain('Abu Mohammad al-Jolani');
    expect(names((await call('actors.match', { name: 'abu mohammad jolani' })).matches)).toEqual(['Ahmad al-Sharaa:exact']);
    const removed = await call('actors.removeAlias', { actorId: sharaa.id, aliasId: withAlias.aliases.at(-1).id });
    expect(removed.aliases).toHaveLength(3);
    await call('undo.undo', {});
    expect((await call('actors.get', { id: sharaa.id })).aliases).toHaveLength(4);
  });

  it('merges two actors that are the same: aliases, figures, quotes and links move to the target', async () => {
    const { sohr } = await registry();
    const dup = await call('actors.create', { name: 'Syrian Observatory (SOHR)', type: 'organisation', aliases: ['OSDH', 'SOHR'] });
    const f = await call('figures.create', { reporterId: dup.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'total', count: { qualifier: 'over', value: 1000 } });
    const q = await call('quotes.create', { text: 'The toll is rising', language: 'en', speakerId: dup.id });
    const other = await call('actors.create', { name: 'Rami Abdulrahman', type: 'person' });
    await call('links.create', { fromType: 'actor', fromId: other.id, toType: 'actor', toId: dup.id, relation: 'relates_to' });
    expect((await fail('actors.delete', { id: dup.id })).message).toMatch(/merge it into another actor/);
    const merged = await call('actors.merge', { sourceId: dup.id, targetId: sohr.id });
    expect(merged.aliases.map((a: { alias: string }) => a.alias)).toEqual(['SOHR', 'المرصد السوري لحقوق الإنسان', 'Syrian Observatory (SOHR)', 'OSDH']);
    expect(await call('figures.get', { id: f.id })).toMatchObject({ reporterId: sohr.id, reporterName: 'Syrian Observatory for Human Rights' });
    expect((await call('quotes.get', { id: q.id })).speakerId).toBe(sohr.id);
    expect((await call('links.list', { type: 'actor', id: other.id })).links[0].toId).toBe(sohr.id);
    expect((await fail('actors.get', { id: dup.id })).code).toBe('not_found');
    expect(names((await call('actors.match', { name: 'osdh' })).matches)).toEqual(['Syrian Observatory for Human Rights:exact']);
    await call('undo.undo', {});
    expect((await call('figures.get', { id: f.id })).reporterId).toBe(dup.id);
    expect((await call('actors.get', { id: sohr.id })).aliases).toHaveLength(2);
    expect((await fail('actors.merge', { sourceId: sohr.id, targetId: sohr.id })).code).toBe('invalid_input');
    integrity();
  });
});

describe('incidents', () => {
  it('puts a case’s incidents on a timeline by date, with their linked evidence', async () => {
    const { sohr } = await registry();
    const kase = await call('cases.create', { title: 'Coast' });
    const later = await call('incidents.create', { caseId: kase.id, title: 'Raids in Baniyas', start: '2025-03-08', end: '2025-03-09', placeNameEn: 'Baniyas', placeNameAr: 'بانياس', admin1: 'Tartus', admin2: 'Baniyas', lat: 35.18, lon: 35.95, type: 'mass killing', status: 'confirmed' });
    const month = await call('incidents.create', { caseId: kase.id, title: 'Displacement from the coast', start: '2025-03', placeNameEn: 'Coastal region' });
    const first = await call('incidents.create', { caseId: kase.id, title: 'Attack on security points', start: '2025-03-06', placeNameEn: 'Jableh', status: 'contested' });
    const undated = await call('incidents.create', { caseId: kase.id, title: 'Reported killings, date unknown' });
    expect(month).toMatchObject({ start: '2025-03', startPrecision: 'month', endPrecision: null });
    expect(later).toMatchObject({ startPrecision: 'day', end: '2025-03-09', lat: 35.18 });
    const f = await call('figures.create', { reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'civilians', count: { qualifier: 'at_least', value: 60 }, incidentId: later.id });
    const q = await call('quotes.create', { text: 'They took the men', language: 'en', speakerDescriptor: 'a resident' });
    await call('links.create', { fromType: 'quote', fromId: q.id, toType: 'incident', toId: later.id, relation: 'corroborates' });
    const timeline = await call('incidents.timeline', { caseId: kase.id });
    expect(timeline.items.map((i: { incident: { id: string } }) => i.incident.id)).toEqual([month.id, first.id, later.id, undated.id]);
    expect(timeline.items[2]).toMatchObject({ figures: 1, quotes: 1, accounts: 0 });
    expect(await call('incidents.get', { id: later.id })).toMatchObject({ figureIds: [f.id], quoteIds: [q.id], accountIds: [] });
    expect((await call('figures.list', { caseId: kase.id })).figures.map((x: { id: string }) => x.id)).toEqual([f.id]); // in the case by its incident
    expect((await call('figures.reconcile', { incidentId: later.id })).rows).toHaveLength(1);
    expect((await call('incidents.list', { caseId: kase.id, status: 'contested' })).incidents.map((i: { id: string }) => i.id)).toEqual([first.id]);
    await call('incidents.update', { id: first.id, patch: { status: 'confirmed' } });
    await call('incidents.delete', { id: undated.id });
    expect((await call('incidents.timeline', { caseId: kase.id })).items).toHaveLength(3);
  });

  it('rejects impossible dates, places and orders', async () => {
    expect((await fail('incidents.create', { title: 'x', start: '2025-02-30' })).issues?.[0].path).toBe('start');
    expect((await fail('incidents.create', { title: 'x', start: '2025-13' })).issues?.[0].path).toBe('start');
    expect((await fail('incidents.create', { title: 'x', start: '2025-03-07', end: '2025-03-06' })).issues?.[0].path).toBe('end');
    expect((await fail('incidents.create', { title: 'x', start: '2025-03', end: '2025-02-28' })).code).toBe('invalid_input');
    expect((await call('incidents.create', { title: 'x', start: '2025-03', end: '2025-03-15' })).end).toBe('2025-03-15');
    expect((await fail('incidents.create', { title: 'x', lat: 35 })).issues?.[0].path).toBe('lon');
    expect((await fail('incidents.create', { title: 'x', lat: -91, lon: 0 })).code).toBe('invalid_input');
    expect((await fail('incidents.create', { title: '   ' })).code).toBe('invalid_input');
    expect((await fail('incidents.timeline', { caseId: crypto.randomUUID() })).code).toBe('not_found');
  });
});

describe('evidence in the search index', () => {
  it('indexes figures, quotes, accounts, actors and incidents, normalised, and keeps the indexes in step', async () => {
    const { sohr, sharaa } = await registry();
    const kase = await call('cases.create', { title: 'Coast' });
    const f = await call('figures.create', { reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'civilians', wording: 'ما لا يقل عن ٤٥ مدنياً', scopePlace: 'Latakia countryside', caseId: kase.id });
    const q = await call('quotes.create', { text: 'an unforgivable mistake', translation: 'خطأ لا يغتفر', language: 'en', speakerId: sharaa.id, speakerDescriptor: 'speaking on state television', caseId: kase.id });
    const w = await call('witnesses.create', { caseId: kase.id });
    const a = await call('accounts.create', { witnessId: w.id, language: 'en', relation: 'relative', narrative: 'My cousin was taken at the checkpoint' });
    const i = await call('incidents.create', { title: 'Killings in Baniyas', placeNameAr: 'بانياس', caseId: kase.id });
    expect(ids(find('مدنيا'), 'figure')).toEqual([f.id]);
    expect(ids(find('45'), 'figure')).toEqual([f.id]);
    expect(ids(find('latakia'), 'figure')).toEqual([f.id]);
    expect(ids(find('television'), 'quote')).toEqual([q.id]);
    expect(ids(find('يغتفر'), 'quote')).toEqual([q.id]);
    expect(ids(find('checkpoint'), 'account')).toEqual([a.id]);
    expect(find('checkpoint').groups[0].results[0].title).toBe('Account of W-0001');
    expect(ids(find('المرصد'), 'actor')).toEqual([sohr.id]);
    expect(ids(find('shara'), 'actor')).toEqual([sharaa.id]);
    expect(ids(find('بانياس'), 'incident')).toEqual([i.id]);
    const hit = find('unforgivable').groups[0].results[0];
    expect(hit).toMatchObject({ type: 'quote', title: 'Quote: Ahmad al-Sharaa', score: expect.any(Number) });
    expect(hit.snippet.some((p) => p.match && p.text === 'unforgivable')).toBe(true);

    await call('quotes.update', { id: q.id, patch: { context: 'televised address' } });
    expect(ids(find('televised'), 'quote')).toEqual([q.id]);
    await call('figures.delete', { id: f.id });
    expect(ids(find('latakia'), 'figure')).toEqual([]);
    await call('actors.addAlias', { actorId: sohr.id, alias: 'OSDH' });
    expect(ids(find('osdh'), 'actor')).toEqual([sohr.id]);
    integrity();
    expect(rebuildSearchIndex(t.ws.ctx).documents).toBe(6); // quote, account, 2 actors, incident, and the article quoted
    integrity();
  });

  it('narrows evidence results with the search filters (case, code, language, type)', async () => {
    const { sohr } = await registry();
    const kase = await call('cases.create', { title: 'Coast' });
    const inCase = await call('figures.create', { reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'killed', group: 'total', wording: 'over 1,000 killed', caseId: kase.id });
    const outside = await call('figures.create', { reporterId: sohr.id, reportedDate: '2025-03-08', outcome: 'injured', group: 'total', wording: 'over 1,000 wounded' });
    const code = (await call('codes.list', {})).codes.find((c: { isCodable: boolean }) => c.isCodable);
    await call('tags.apply', { codeId: code.id, itemType: 'figure', itemId: outside.id });
    expect(ids(find('1,000', { caseId: kase.id }), 'figure')).toEqual([inCase.id]);
    expect(ids(find('1,000', { codeId: code.id }), 'figure')).toEqual([outside.id]);
    expect(ids(find('1,000', { language: 'en' }), 'figure')).toEqual([]); // typed figures belong to no article
    expect(find('SOHR', { types: ['figure'] }).groups).toEqual([]);
    expect(Object.keys(evidenceFilterSql({ includeChildCodes: true, codeId: code.id })).sort()).toEqual(['account', 'actor', 'figure', 'incident', 'quote']);
    expect(find('SOHR', { caseId: kase.id }).groups.map((g) => g.type)).toEqual(['actor']); // SOHR reported a figure of the case
  });
});

describe('codes on actors and incidents', () => {
  it('tags them like any record: found by a code filter, counted, moved by a merge, undoable', async () => {
    const { sharaa, sohr } = await registry();
    const kase = await call('cases.create', { title: 'Coast' });
    const raids = await call('incidents.create', { caseId: kase.id, title: 'Raids in Baniyas', start: '2025-03-08', placeNameEn: 'Baniyas' });
    const parent = await call('codes.create', { name: 'Sectarian dimension (test)', color: '#552233', isCodable: false });
    const targeting = await call('codes.create', { name: 'Targeted for identity (test)', color: '#aa3344', parentId: parent.id });
    await call('tags.apply', { codeId: targeting.id, itemType: 'incident', itemId: raids.id });
    await call('tags.apply', { codeId: targeting.id, itemType: 'actor', itemId: sohr.id });
    expect((await call('tags.of', { itemType: 'incident', itemId: raids.id })).codeIds).toEqual([targeting.id]);
    expect((await call('codes.list', {})).codes.find((c: { id: string }) => c.id === targeting.id)).toMatchObject({ uses: 2, documents: 0 });

    expect(ids(find('Baniyas', { codeId: parent.id }), 'incident')).toEqual([raids.id]);
    expect(ids(find('Baniyas', { codeId: parent.id, includeChildCodes: false }), 'incident')).toEqual([]);
    expect(ids(find('Observatory', { codeId: targeting.id }), 'actor')).toEqual([sohr.id]);
    expect(ids(find('Sharaa', { codeId: targeting.id }), 'actor')).toEqual([]);
    expect((await fail('tags.apply', { codeId: targeting.id, itemType: 'actor', itemId: kase.id })).code).toBe('not_found');

    await call('actors.merge', { sourceId: sohr.id, targetId: sharaa.id });
    expect((await call('tags.of', { itemType: 'actor', itemId: sharaa.id })).codeIds).toEqual([targeting.id]);
    const codesOfSohr = () => t.ws.db.prepare("SELECT code_id FROM taggings WHERE item_type = 'actor' AND item_id = ?").pluck().all(sohr.id);
    expect(codesOfSohr()).toEqual([]);
    await call('undo.undo', {});
    expect(codesOfSohr()).toEqual([targeting.id]);
    expect((await call('tags.of', { itemType: 'actor', itemId: sohr.id })).codeIds).toEqual([targeting.id]);
    expect((await call('tags.of', { itemType: 'actor', itemId: sharaa.id })).codeIds).toEqual([]);

    await call('incidents.delete', { id: raids.id });
    expect((await call('codes.list', {})).codes.find((c: { id: string }) => c.id === targeting.id)).toMatchObject({ uses: 1 });
  });
});

describe('emptying the trash of actors and incidents', () => {
  it('removes them for good with their codes, links and names, and waits for what still names an actor', async () => {
    const { sharaa, sohr } = await registry();
    const kase = await call('cases.create', { title: 'Coast' });
    const raids = await call('incidents.create', { caseId: kase.id, title: 'Raids in Baniyas', start: '2025-03-08' });
    const figure = await call('figures.create', { reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'civilians', count: { qualifier: 'at_least', value: 60 }, incidentId: raids.id });
    const code = (await call('codes.list', {})).codes.find((c: { isCodable: boolean }) => c.isCodable);
    await call('tags.apply', { codeId: code.id, itemType: 'incident', itemId: raids.id });
    await call('tags.apply', { codeId: code.id, itemType: 'actor', itemId: sharaa.id });
    await call('links.create', { fromType: 'actor', fromId: sharaa.id, toType: 'incident', toId: raids.id, relation: 'relates_to' });
    await call('incidents.delete', { id: raids.id });
    await call('actors.delete', { id: sharaa.id });
    await call('figures.delete', { id: figure.id });
    // SOHR went to the trash 40 days ago; the figure that names it, today.
    t.ws.db.prepare('UPDATE actors SET deleted_at = ? WHERE id = ?').run(new Date(Date.now() - 40 * 86_400_000).toISOString(), sohr.id);
    const count = (sql: string, ...args: string[]) => t.ws.db.prepare(sql).pluck().get(...args);
    await call('trash.empty', { olderThanDays: 30 });
    expect(count('SELECT count(*) FROM actors WHERE id = ?', sohr.id)).toBe(1);

    await call('trash.empty', {});
    expect(count('SELECT count(*) FROM incidents')).toBe(0);
    expect(count('SELECT count(*) FROM actors WHERE id = ?', sharaa.id)).toBe(0);
    expect(count('SELECT count(*) FROM actor_aliases WHERE actor_id = ?', sharaa.id)).toBe(0);
    expect(count("SELECT count(*) FROM taggings WHERE item_type IN ('actor', 'incident')")).toBe(0);
    expect(count('SELECT count(*) FROM links')).toBe(0);
    expect(count('SELECT count(*) FROM figures')).toBe(0);
    expect(count('SELECT count(*) FROM actors WHERE id = ?', sohr.id)).toBe(0); // its figure went first, in the same emptying
    expect((await call('trash.list', {})).items).toEqual([]);
    expect((await call('workspace.check', {})).ok).toBe(true);
  });

  it('leaves no undo step that would name a removed actor', async () => {
    const { sharaa, sohr } = await registry();
    const figure = await call('figures.create', { reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group: 'civilians', count: { qualifier: 'at_least', value: 60 } });
    await call('actors.merge', { sourceId: sohr.id, targetId: sharaa.id });
    await call('trash.empty', {});
    expect(t.ws.db.prepare('SELECT count(*) FROM actors WHERE id = ?').pluck().get(sohr.id)).toBe(0);
    expect(await call('undo.status', {})).toMatchObject({ canUndo: false, canRedo: false });
    expect((await call('figures.get', { id: figure.id })).reporterId).toBe(sharaa.id);
  });
});
