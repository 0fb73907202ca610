import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/shared/domain/normalize';
import { historyOf } from '../../src/node/services/history';
import { search } from '../../src/node/services/search';
import { databaseFingerprint, failed, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const fail = (method: string, input: unknown) => failed(t.registry, method, input);

const IDENTITY = { name: 'Samir Haddad', contact: '+963 944 123 456 / samir.h@example.org', exactPlace: 'Building 7, Qusour street, Baniyas' };
const SECRETS = ['Samir', 'Haddad', '944 123', 'samir.h@example.org', 'Building 7'];

/** A witness with identifying details, an account, a consent, links: everything that could leak. */
async function protectedWitness() {
  const kase = await call('cases.create', { title: 'Baniyas, March 2025' });
  const witness = await call('witnesses.create', { caseId: kase.id, description: 'man in his forties, displaced from Baniyas', identity: IDENTITY });
  const account = await call('accounts.create', {
    witnessId: witness.id,
    interviewDate: '2025-04-02',
    interviewer: 'field researcher R.',
    locationCoarse: 'Tartus governorate',
    language: 'ar',
    interpreter: 'none',
    relation: 'survivor',
    narrative: 'دخل المسلحون الحي صباح الجمعة وأطلقوا النار على الرجال',
    translation: 'Gunmen entered the neighbourhood on Friday morning and fired on the men',
    incidentDate: '2025-03-07',
    incidentPlace: 'Qusour neighbourhood, Baniyas',
    reliabilityNote: 'consistent across two interviews',
  });
  const incident = await call('incidents.create', { caseId: kase.id, title: 'Killings in Baniyas', start: '2025-03-07', placeNameEn: 'Baniyas', placeNameAr: 'بانياس' });
  await call('links.create', { fromType: 'account', fromId: account.id, toType: 'incident', toId: incident.id, relation: 'relates_to' });
  await call('witnesses.consent.set', { witnessId: witness.id, purpose: 'store', givenAt: '2025-04-02' });
  await call('witnesses.consent.set', { witnessId: witness.id, purpose: 'analyse', givenAt: '2025-04-02' });
  await call('witnesses.consent.set', { witnessId: witness.id, purpose: 'publish_anonymised', givenAt: '2025-04-02' });
  await call('witnesses.consent.withdraw', { witnessId: witness.id, purpose: 'publish_anonymised', withdrawnAt: '2025-05-01', note: 'asked by phone' });
  return { kase, witness, account, incident };
}

describe('witnesses and accounts', () => {
  it('generates codes W-0001, W-0002, ... never reusing one from the trash', async () => {
    const a = await call('witnesses.create', {});
    const b = await call('witnesses.create', { description: 'second' });
    expect([a.code, b.code]).toEqual(['W-0001', 'W-0002']);
    await call('witnesses.delete', { id: b.id });
    expect((await call('witnesses.create', {})).code).toBe('W-0003');
    expect((await call('witnesses.list', {})).witnesses.map((w: { code: string }) => w.code)).toEqual(['W-0001', 'W-0003']);
  });

  it('reports consent per purpose as given, withdrawn or never', async () => {
    const { witness } = await protectedWitness();
    const w = await call('witnesses.get', { id: witness.id });
    expect(Object.fromEntries(w.consent.map((c: { purpose: string; state: string }) => [c.purpose, c.state]))).toEqual({
      store: 'given',
      analyse: 'given',
      share_team: 'never',
      publish_anonymised: 'withdrawn',
      publish_named: 'never',
      legal_submission: 'never',
    });
    expect(w.consent.find((c: { purpose: string }) => c.purpose === 'publish_anonymised')).toMatchObject({ givenAt: '2025-04-02', withdrawnAt: '2025-05-01', note: 'asked by phone' });
    expect((await fail('witnesses.consent.withdraw', { witnessId: witness.id, purpose: 'publish_named', withdrawnAt: '2025-05-01' })).code).toBe('conflict');
    expect((await fail('witnesses.consent.set', { witnessId: witness.id, purpose: 'store', givenAt: '2025-04-02', withdrawnAt: '2025-04-01' })).issues?.[0].path).toBe('withdrawnAt');
    expect((await fail('witnesses.consent.set', { witnessId: witness.id, purpose: 'sell', givenAt: '2025-04-02' })).code).toBe('invalid_input');
    expect(historyOf(t.ws.ctx, 'witness', witness.id).map((h) => h.action)).toEqual(['identity recorded', 'create', 'create', 'create', 'update']);
  });

  it('records accounts with their witness’s code and links them', async () => {
    const { witness, account, incident, kase } = await protectedWitness();
    expect(account).toMatchObject({ witnessCode: 'W-0001', caseId: kase.id, relation: 'survivor', incidentDate: '2025-03-07' });
    expect((await call('accounts.list', { caseId: kase.id })).accounts).toHaveLength(1);
    expect((await call('incidents.get', { id: incident.id })).accountIds).toEqual([account.id]);
    const updated = await call('accounts.update', { id: account.id, patch: { reliabilityNote: 'corroborated by W-0002' } });
    expect(updated.reliabilityNote).toBe('corroborated by W-0002');
    await call('undo.undo', {});
    expect((await call('accounts.get', { id: account.id })).reliabilityNote).toBe('consistent across two interviews');
    expect((await fail('accounts.create', { witnessId: witness.id, language: 'ar', relation: 'bystander' })).code).toBe('invalid_input');
    expect(historyOf(t.ws.ctx, 'account', account.id).map((h) => h.action)).toEqual(['create', 'update', 'update']);
  });

  it('links records of any type: corroborates, contradicts, relates to', async () => {
    const { account, incident } = await protectedWitness();
    const q = await call('quotes.create', { text: 'They came on Friday', language: 'en', speakerDescriptor: 'a neighbour' });
    const link = await call('links.create', { fromType: 'quote', fromId: q.id, toType: 'account', toId: account.id, relation: 'corroborates', note: 'same day, same street' });
    await call('links.create', { fromType: 'account', fromId: account.id, toType: 'quote', toId: q.id, relation: 'contradicts' });
    expect((await call('links.list', { type: 'account', id: account.id })).links.map((l: { relation: string }) => l.relation).sort()).toEqual(['contradicts', 'corroborates', 'relates_to']);
    expect((await fail('links.create', { fromType: 'quote', fromId: q.id, toType: 'account', toId: account.id, relation: 'corroborates' })).code).toBe('conflict');
    expect((await fail('links.create', { fromType: 'quote', fromId: q.id, toType: 'quote', toId: q.id, relation: 'relates_to' })).code).toBe('invalid_input');
    expect((await fail('links.create', { fromType: 'quote', fromId: q.id, toType: 'figure', toId: incident.id, relation: 'relates_to' })).code).toBe('not_found');
    await call('links.delete', { id: link.id });
    expect((await call('links.list', { type: 'quote', id: q.id })).links).toHaveLength(1);
    await call('undo.undo', {});
    expect((await call('links.list', { type: 'quote', id: q.id })).links).toHaveLength(2);
    await call('quotes.delete', { id: q.id });
    expect((await call('links.list', { type: 'account', id: account.id })).links.map((l: { toType: string }) => l.toType)).toEqual(['incident']);
  });
});

describe('witness protection', () => {
  it('returns identifying details only from witnesses.identity.get, and records that access', async () => {
    const { witness } = await protectedWitness();
    expect(await call('witnesses.identity.get', { id: witness.id })).toMatchObject({ code: 'W-0001', ...IDENTITY });
    expect(historyOf(t.ws.ctx, 'witness', witness.id).at(-1)).toMatchObject({ action: 'identity viewed', before: null, after: null });
    const changed = await call('witnesses.identity.set', { id: witness.id, contact: 'via the family only' });
    expect(JSON.stringify(changed)).not.toContain('via the family');
    expect((await call('witnesses.identity.get', { id: witness.id })).name).toBe(IDENTITY.name);
    const erased = await call('witnesses.identity.erase', { id: witness.id });
    expect(erased.hasIdentity).toBe(false);
    expect(await call('witnesses.identity.get', { id: witness.id })).toMatchObject({ name: '', contact: '', exactPlace: '' });
  });

  it('keeps the name and contact out of every list, get, search result and non-internal response', async () => {
    const { witness, account, incident, kase } = await protectedWitness();
    const responses: unknown[] = [];
    const keep = async (method: string, input: unknown) => responses.push(await call(method, input));
    await keep('witnesses.list', {});
    await keep('witnesses.list', { caseId: kase.id });
    await keep('witnesses.get', { id: witness.id });
    await keep('witnesses.update', { id: witness.id, patch: { description: 'man in his forties' } });
    await keep('witnesses.identity.set', { id: witness.id, exactPlace: IDENTITY.exactPlace });
    await keep('witnesses.consent.set', { witnessId: witness.id, purpose: 'share_team', givenAt: '2025-04-03' });
    await keep('accounts.list', {});
    await keep('accounts.list', { witnessId: witness.id });
    await keep('accounts.get', { id: account.id });
    await keep('links.list', { type: 'witness', id: witness.id });
    await keep('links.list', { type: 'account', id: account.id });
    await keep('incidents.get', { id: incident.id });
    await keep('incidents.timeline', { caseId: kase.id });
    await keep('figures.reconcile', { caseId: kase.id });
    await keep('trash.list', {});
    await keep('undo.status', {});
    await keep('workspace.check', {});
    await keep('actors.match', { name: IDENTITY.name });
    for (const secret of [...SECRETS, IDENTITY.name, IDENTITY.contact]) await keep('search.query', { query: `"${secret}"` });
    for (const r of responses) for (const secret of SECRETS) expect(JSON.stringify(r)).not.toContain(secret);

    for (const word of ['Samir', 'Haddad', 'samir.h']) {
      expect((await call('search.query', { query: word })).total).toBe(0);
      expect(search(t.ws.ctx, word, { includeChildCodes: true }, 20).total).toBe(0);
    }
    expect(search(t.ws.ctx, 'neighbourhood', { includeChildCodes: true, types: ['figure', 'quote', 'account', 'actor', 'incident'] }, 20).groups.map((g) => g.type)).toEqual(['account']); // the account itself is searchable
  });

  it('stores the details in their own table only: no search index, undo entry or history row holds them', async () => {
    await protectedWitness();
    const db = t.ws.db;
    const ftsTables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'").pluck().all() as string[];
    expect(ftsTables.length).toBeGreaterThanOrEqual(9);
    for (const fts of ftsTables) for (const word of ['samir', 'haddad', 'building 7', 'example org']) {
      expect(db.prepare(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ?`).pluck().get(`"${normalizeForSearch(word)}"`), `${fts} ${word}`).toBe(0);
    }
    const everythingElse = databaseFingerprint(t.ws)
      .split('\n')
      .filter((line) => !line.startsWith('witness_identities:'))
      .join('\n');
    const hex = (s: string) => Buffer.from(s.toLowerCase(), 'utf8').toString('hex');
    for (const secret of ['Samir Haddad', 'Haddad', '944 123', 'samir.h@example.org', 'Building 7']) {
      expect(everythingElse).not.toContain(secret);
      expect(everythingElse).not.toContain(hex(secret));
    }
    expect(databaseFingerprint(t.ws)).toContain('Samir Haddad'); // it is stored, in its own table
  });

  it('does not put witness creation or identity changes on the undo stack', async () => {
    const before = await call('undo.status', {});
    const w = await call('witnesses.create', { identity: { name: 'Another Person' } });
    await call('witnesses.identity.set', { id: w.id, contact: '000' });
    expect(await call('undo.status', {})).toEqual(before);
    expect(JSON.stringify(t.ws.db.prepare('SELECT sql FROM undo_entries').pluck().all())).not.toContain('Another Person');
  });
});
const identityRows = () => t.ws.db.prepare('SELECT count(*) FROM witness_identities').pluck().get();
const trashed = async () => (await call('trash.list', {})).items.map((i: { type: string; title: string }) => `${i.type}:${i.title}`);

/** A witness with identifying details and two accounts (one of them already in the trash alone). */
async function witnessWithAccounts() {
  const witness = await call('witnesses.create', { description: 'woman, displaced', identity: { name: 'Rania Qadri', contact: '+963 955 000 111', exactPlace: 'Farm 12, Jableh road' } });
  const first = await call('accounts.create', { witnessId: witness.id, language: 'ar', relation: 'survivor', narrative: 'first account' });
  const second = await call('accounts.create', { witnessId: witness.id, language: 'ar', relation: 'relative', narrative: 'second account' });
  return { witness, first, second };
}

describe('a witness in the trash', () => {
  it('goes to the trash with their accounts, listed once, and comes back with them', async () => {
    const { witness, first, second } = await witnessWithAccounts();
    expect(await call('witnesses.delete', { id: witness.id })).toEqual({ id: witness.id, accounts: 2 });
    expect((await call('witnesses.list', {})).witnesses).toEqual([]);
    expect((await call('accounts.list', {})).accounts).toEqual([]);
    expect(await trashed()).toEqual(['witness:W-0001']); // the accounts left with the witness: not listed alone
    expect((await fail('accounts.get', { id: first.id })).code).toBe('not_found');
    expect(await call('trash.restore', { type: 'witness', id: witness.id })).toEqual({ restored: 3 });
    expect((await call('witnesses.get', { id: witness.id })).accountCount).toBe(2);
    expect((await call('accounts.get', { id: second.id })).narrative).toBe('second account');
    expect(await trashed()).toEqual([]);
    expect(historyOf(t.ws.ctx, 'witness', witness.id).map((h) => h.action)).toEqual(['identity recorded', 'trash', 'restore']);
  });

  it('keeps an account trashed before the witness apart, and will not restore it while its witness is in the trash', async () => {
    const { witness, first } = await witnessWithAccounts();
    await call('accounts.delete', { id: first.id });
    expect((await call('witnesses.delete', { id: witness.id })).accounts).toBe(1);
    expect((await trashed()).sort()).toEqual(['account:first account', 'witness:W-0001']);
    const refused = await fail('trash.restore', { type: 'account', id: first.id });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe('This account belongs to W-0001, who is in the trash; restore W-0001 first.');
    expect(await call('trash.restore', { type: 'witness', id: witness.id })).toEqual({ restored: 2 }); // the witness and the account that left with them
    expect(await call('trash.restore', { type: 'account', id: first.id })).toEqual({ restored: 1 });
  });

  it('is undoable: undo brings the witness and accounts back, redo trashes them again, and undo of a restore trashes them', async () => {
    const { witness } = await witnessWithAccounts();
    await call('witnesses.delete', { id: witness.id });
    expect((await call('undo.status', {})).undoLabel).toBe('Move W-0001 to the trash');
    await call('undo.undo', {});
    expect((await call('witnesses.get', { id: witness.id })).accountCount).toBe(2);
    await call('undo.redo', {});
    expect((await call('witnesses.list', {})).witnesses).toEqual([]);
    expect((await call('accounts.list', {})).accounts).toEqual([]);
    await call('trash.restore', { type: 'witness', id: witness.id });
    await call('undo.undo', {});
    expect(await trashed()).toEqual(['witness:W-0001']);
    expect((await call('accounts.list', {})).accounts).toEqual([]);
    const undo = JSON.stringify(t.ws.db.prepare('SELECT sql FROM undo_entries').pluck().all());
    for (const secret of ['Rania', 'Qadri', '955 000', 'Farm 12']) expect(undo).not.toContain(secret);
  });

  it('can have their identity erased while in the trash', async () => {
    const { witness } = await witnessWithAccounts();
    await call('witnesses.delete', { id: witness.id });
    expect((await fail('witnesses.identity.get', { id: witness.id })).code).toBe('not_found');
    expect(await call('witnesses.identity.erase', { id: witness.id })).toMatchObject({ id: witness.id, code: 'W-0001', hasIdentity: false, backupsRewritten: 0 });
    expect(identityRows()).toBe(0);
    await call('trash.restore', { type: 'witness', id: witness.id });
    expect((await call('witnesses.get', { id: witness.id })).hasIdentity).toBe(false);
    expect(historyOf(t.ws.ctx, 'witness', witness.id).map((h) => h.action)).toEqual(['identity recorded', 'trash', 'identity erased', 'restore']);
  });

  it('emptying the trash removes the witness, accounts, consent, links and identity for good', async () => {
    const { witness, first } = await witnessWithAccounts();
    const other = await call('witnesses.create', { identity: { name: 'Stays Here' } });
    await call('witnesses.consent.set', { witnessId: witness.id, purpose: 'store', givenAt: '2025-04-02' });
    await call('links.create', { fromType: 'witness', fromId: witness.id, toType: 'witness', toId: other.id, relation: 'relates_to' });
    await call('tags.apply', { codeId: (await call('codes.list', {})).codes[0].id, itemType: 'account', itemId: first.id });
    await call('witnesses.delete', { id: witness.id });
    expect(await call('trash.empty', {})).toEqual({ removed: 3 });
    const count = (sql: string) => t.ws.db.prepare(sql).pluck().get(witness.id);
    expect(count('SELECT count(*) FROM witnesses WHERE id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM accounts WHERE witness_id = ?')).toBe(0);
    expect(count('SELECT count(*) FROM witness_consents WHERE witness_id = ?')).toBe(0);
    expect(t.ws.db.prepare('SELECT count(*) FROM links WHERE from_id = ? OR to_id = ?').pluck().get(witness.id, witness.id)).toBe(0);
    expect(t.ws.db.prepare('SELECT witness_id FROM witness_identities').pluck().all()).toEqual([other.id]);
    expect(await call('witnesses.identity.get', { id: other.id })).toMatchObject({ name: 'Stays Here' });
    expect((await call('undo.status', {})).canUndo).toBe(false);
    expect(t.ws.db.prepare('SELECT count(*) FROM taggings WHERE item_id = ?').pluck().get(first.id)).toBe(0);
    expect(t.ws.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('the 30-day purge removes a witness deleted long ago and keeps a recent one', async () => {
    const old = await call('witnesses.create', { identity: { name: 'Long Gone' } });
    const recent = await call('witnesses.create', { identity: { name: 'Just Deleted' } });
    await call('witnesses.delete', { id: old.id });
    await call('witnesses.delete', { id: recent.id });
    t.ws.db.prepare("UPDATE witnesses SET deleted_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(old.id);
    expect(await call('trash.empty', { olderThanDays: 30 })).toEqual({ removed: 1 });
    expect(t.ws.db.prepare('SELECT witness_id FROM witness_identities').pluck().all()).toEqual([recent.id]);
    expect(await trashed()).toEqual(['witness:W-0002']);
  });
});
