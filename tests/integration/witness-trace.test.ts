import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../src/shared/api/contract';
import { normalizeForSearch } from '../../src/shared/domain/normalize';
import { ok, tempWorkspace } from '../helpers/workspace';

/**
 * The audit's trace of a witness's identifying strings through every API method and every table:
 * only witnesses.identity.get returns them, and only witness_identities holds them.
 */
let t: ReturnType<typeof tempWorkspace>;
const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);

const tag = randomBytes(4).toString('hex');
const IDENTITY = { name: `Ysolde Marchetti${tag}`, contact: `ysolde${tag}@example.org +963 933 ${tag}`, exactPlace: `Olive press ${tag}, Ain al-Tineh` };
/** Each string, and the distinctive words search could match on their own. */
const SECRETS = [IDENTITY.name, IDENTITY.contact, IDENTITY.exactPlace, `Marchetti${tag}`, `ysolde${tag}`, `933 ${tag}`, `press ${tag}`];

interface Fixture {
  caseId: string;
  articleId: string;
  witnessId: string;
  accountId: string;
  codeId: string;
  actorId: string;
  incidentId: string;
  figureIds: string[];
  quoteId: string;
}
let f: Fixture;

/** Read, list, search, history, suggestion and undo methods, each with plausible inputs naming the witness's records. */
const READS: Record<string, (f: Fixture) => unknown[]> = {
  'workspace.info': () => [{}],
  'workspace.check': () => [{}],
  'settings.get': () => [{}],
  'articles.list': () => [{}, { filter: IDENTITY.name }],
  'articles.get': (x) => [{ id: x.articleId }],
  'articles.deleteImpact': (x) => [{ id: x.articleId }],
  'cases.list': () => [{}],
  'cases.ofArticle': (x) => [{ articleId: x.articleId }],
  'memos.list': (x) => [{ targetType: 'case', targetId: x.caseId }, { targetType: 'article', targetId: x.articleId }],
  'highlights.list': (x) => [{ articleId: x.articleId }],
  'highlights.review': (x) => [{}, { articleId: x.articleId }],
  'retrieve.segments': (x) => [{ codeId: x.codeId }, { codeId: x.codeId, caseId: x.caseId }],
  'reports.codeFrequency': (x) => [{}, { caseId: x.caseId }],
  'reports.cooccurrence': (x) => [{}, { caseId: x.caseId }],
  'codes.list': () => [{}],
  'codes.export': () => [{ format: 'qdc' }, { format: 'json' }],
  'tags.of': (x) => [{ itemType: 'account', itemId: x.accountId }, { itemType: 'case', itemId: x.caseId }],
  'actors.list': () => [{}, { filter: IDENTITY.name }],
  'actors.get': (x) => [{ id: x.actorId }],
  'actors.match': () => SECRETS.map((name) => ({ name })),
  'figures.list': (x) => [{}, { caseId: x.caseId }],
  'figures.get': (x) => [{ id: x.figureIds[0] }],
  'figures.reconcile': (x) => [{}, { caseId: x.caseId }, { incidentId: x.incidentId }],
  'figures.sum': (x) => [{ ids: x.figureIds }],
  'figures.readWording': () => [{ wording: IDENTITY.name }],
  'grading.get': (x) => [{ articleId: x.articleId }],
  'quotes.list': (x) => [{}, { caseId: x.caseId }],
  'quotes.get': (x) => [{ id: x.quoteId }],
  'incidents.list': (x) => [{}, { caseId: x.caseId }],
  'incidents.get': (x) => [{ id: x.incidentId }],
  'incidents.timeline': (x) => [{ caseId: x.caseId }],
  'links.list': (x) => [{ type: 'witness', id: x.witnessId }, { type: 'account', id: x.accountId }, { type: 'incident', id: x.incidentId }],
  'trash.list': () => [{}],
  'backups.list': () => [{}],
  'workspace.status': () => [{}],
  'export.formats': () => [{}],
  'casefile.verify': () => [{ fileName: 'not-a-zip.zip', dataBase64: Buffer.from('not a zip').toString('base64') }],
  'export.preview': (x) => (['internal', 'team', 'public'] as const).map((profile) => ({ scope: { kind: 'case', caseId: x.caseId }, profile })),
  'history.of': (x) => [{ itemType: 'witness', itemId: x.witnessId }, { itemType: 'account', itemId: x.accountId }],
  'search.query': () => SECRETS.flatMap((s) => [{ query: s }, { query: `"${s}"` }, { query: `${s.split(' ')[0]}*`, filters: { includeChildCodes: true, types: ['account'] } }]),
  'search.saved.list': () => [{}],
  'suggest.article': (x) => [{ articleId: x.articleId }, { articleId: x.articleId, vague: true }],
  'undo.status': () => [{}],
  'undo.undo': () => [{}],
  'undo.redo': () => [{}],
  'witnesses.list': (x) => [{}, { caseId: x.caseId }],
  'witnesses.get': (x) => [{ id: x.witnessId }],
  'witnesses.identity.get': (x) => [{ id: x.witnessId }],
  'witnesses.identity.backups': (x) => [{ id: x.witnessId }],
  'accounts.list': (x) => [{}, { witnessId: x.witnessId }, { caseId: x.caseId }],
  'accounts.get': (x) => [{ id: x.accountId }],
};

/** Writes to the witness's own records, whose answers could carry the details: each called once, in this order. */
const WITNESS_WRITES: Record<string, (f: Fixture) => unknown> = {
  'witnesses.update': (x) => ({ id: x.witnessId, patch: { description: 'man in his fifties' } }),
  'witnesses.identity.set': (x) => ({ id: x.witnessId, exactPlace: IDENTITY.exactPlace }),
  'witnesses.consent.set': (x) => ({ witnessId: x.witnessId, purpose: 'share_team', givenAt: '2025-04-03' }),
  'witnesses.consent.withdraw': (x) => ({ witnessId: x.witnessId, purpose: 'share_team', withdrawnAt: '2025-05-03' }),
  'accounts.update': (x) => ({ id: x.accountId, patch: { memo: 'checked' } }),
  'witnesses.create': () => ({ description: 'another witness' }),
  'accounts.create': (x) => ({ witnessId: x.witnessId, language: 'en', relation: 'witness' }),
  'backups.create': () => ({}),
  'witnesses.delete': (x) => ({ id: x.witnessId }),
  'trash.restore': (x) => ({ type: 'witness', id: x.witnessId }),
};

/** Every other method: writes that neither take nor return a witness's details (they are covered by the table scan below). */
const OTHER_WRITES = [
  'actors.create', 'actors.update', 'actors.delete', 'actors.addAlias', 'actors.removeAlias', 'actors.merge',
  'highlights.create', 'highlights.setMemo', 'highlights.delete', 'highlights.reattach', 'highlights.confirm', 'articles.correctText',
  'articles.importText', 'articles.importFile', 'articles.update', 'articles.delete', 'demo.load',
  'cases.create', 'cases.update', 'cases.delete', 'cases.addArticles', 'cases.removeArticle', 'memos.create', 'memos.update', 'memos.delete',
  'codes.create', 'codes.update', 'codes.move', 'codes.merge', 'codes.delete', 'codes.import', 'projects.import', 'tags.apply', 'tags.remove',
  'figures.create', 'figures.update', 'figures.delete', 'grading.set', 'quotes.create', 'quotes.createFromSelection', 'quotes.update', 'quotes.delete',
  'incidents.create', 'incidents.update', 'incidents.delete', 'links.create', 'links.delete', 'trash.empty', 'backups.restore',
  'settings.update', 'search.rebuild', 'search.saved.create', 'search.saved.delete', 'suggest.accept', 'suggest.dismiss', 'suggest.restore',
  'witnesses.identity.erase', 'accounts.delete', 'articles.cancelImport', 'backups.freeSpace',
  // Exports return or write bytes (base64): tests/integration/export-leaks*.test.ts and casefile-leaks.test.ts read every byte of them per profile.
  'export.render', 'export.run', 'articles.original', 'export.progress', 'export.cancel', 'casefile.export', 'casefile.render',
  'redactions.list', 'redactions.create', 'redactions.update', 'redactions.delete', 'memos.setVisibility',
];

/** Whether a value (any JSON) mentions one of the secrets, as written or normalised for search. */
function leaks(value: unknown): string[] {
  const text = JSON.stringify(value) ?? '';
  const folded = normalizeForSearch(text);
  return SECRETS.filter((s) => text.includes(s) || folded.includes(normalizeForSearch(s)));
}

beforeAll(async () => {
  t = tempWorkspace();
  const demo = await call('demo.load', {});
  const articleId = (await call('articles.list', {})).items[0].id;
  const codeId = (await call('codes.list', {})).codes[0].id;
  const witness = await call('witnesses.create', { caseId: demo.caseId, description: 'man in his forties', identity: IDENTITY });
  const account = await call('accounts.create', { witnessId: witness.id, caseId: demo.caseId, language: 'en', relation: 'survivor', narrative: 'They came at dawn.', incidentPlace: 'Ain al-Tineh' });
  await call('tags.apply', { codeId, itemType: 'account', itemId: account.id });
  const incident = await call('incidents.create', { caseId: demo.caseId, title: 'Killings at the press', start: '2025-03-07' });
  await call('links.create', { fromType: 'account', fromId: account.id, toType: 'incident', toId: incident.id, relation: 'relates_to' });
  await call('links.create', { fromType: 'witness', fromId: witness.id, toType: 'incident', toId: incident.id, relation: 'relates_to' });
  await call('witnesses.consent.set', { witnessId: witness.id, purpose: 'store', givenAt: '2025-04-02' });
  const actor = await call('actors.create', { name: 'Coastal security forces', type: 'armed_group' });
  const figures = [];
  for (const [value, group] of [[12, 'civilians'], [3, 'security_forces']] as const) {
    figures.push(await call('figures.create', { caseId: demo.caseId, incidentId: incident.id, reporterId: actor.id, reportedDate: '2025-03-09', outcome: 'killed', group, count: { qualifier: 'exact', value }, wording: `${value} killed` }));
  }
  const quote = await call('quotes.create', { caseId: demo.caseId, text: 'We saw them at the press', language: 'en', speakerDescriptor: 'a survivor' });
  await call('search.saved.create', { name: 'press', query: 'press' });
  f = { caseId: demo.caseId, articleId, witnessId: witness.id, accountId: account.id, codeId, actorId: actor.id, incidentId: incident.id, figureIds: figures.map((x) => x.id), quoteId: quote.id };
});
afterAll(() => t.remove());

describe('trace of a witness’s identifying strings', () => {
  it('classifies every method of the contract', () => {
    const classified = [...Object.keys(READS), ...Object.keys(WITNESS_WRITES), ...OTHER_WRITES].sort();
    expect(classified).toEqual([...methodNames].sort());
  });

  it('no API method but witnesses.identity.get returns them', async () => {
    const leaked: string[] = [];
    const run = async (method: string, input: unknown) => {
      const result = await t.registry.call(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}: ${result.ok ? '' : result.error.message}`).toBe(true);
      for (const s of leaks(result)) leaked.push(`${method}: ${s}`);
    };
    const reads = async () => {
      for (const [method, inputs] of Object.entries(READS)) for (const input of inputs(f)) await run(method, input);
    };
    await reads();
    for (const [method, input] of Object.entries(WITNESS_WRITES)) {
      await run(method, input(f));
      await run('undo.status', {});
    }
    await reads(); // again, with the witness's records changed, trashed and restored, and undo steps recorded
    expect(leaked.filter((l) => l.startsWith('witnesses.identity.get:')).length).toBeGreaterThan(0); // the one that does
    expect(leaked.filter((l) => !l.startsWith('witnesses.identity.get:'))).toEqual([]);
  });

  it('no table but witness_identities holds them, and no full-text index finds them', () => {
    const db = t.ws.db;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    expect(tables).toContain('witness_identities');
    const holders: string[] = [];
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][];
      for (const row of rows) {
        for (const cell of row) {
          const texts = Buffer.isBuffer(cell) ? [cell.toString('utf8'), cell.toString('utf16le'), cell.toString('latin1')] : [String(cell)];
          for (const s of SECRETS) if (texts.some((x) => x.includes(s) || normalizeForSearch(x).includes(normalizeForSearch(s)))) holders.push(`${table}: ${s}`);
        }
      }
    }
    expect(holders.filter((h) => !h.startsWith('witness_identities:'))).toEqual([]);
    expect(holders.some((h) => h.startsWith('witness_identities:'))).toBe(true);

    const fts = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'").pluck().all() as string[];
    expect(fts.length).toBeGreaterThanOrEqual(9);
    for (const index of fts) {
      for (const s of SECRETS) {
        for (const word of normalizeForSearch(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.includes(tag))) {
          expect(db.prepare(`SELECT count(*) FROM "${index}" WHERE "${index}" MATCH ?`).pluck().get(`"${word}"`), `${index} ${word}`).toBe(0);
        }
      }
    }
    const undo = db.prepare('SELECT sql FROM undo_entries').pluck().all();
    expect(undo.length).toBeGreaterThan(0);
    expect(leaks(undo)).toEqual([]);
  });
});
