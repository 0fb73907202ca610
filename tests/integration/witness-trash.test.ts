import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyOf } from '../../src/node/services/history';
import { failed, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);
const fail = (method: string, input: unknown) => failed(t.registry, method, input);
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
