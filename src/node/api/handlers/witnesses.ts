import type { witnessMethods } from '../../../shared/api/methods/witnesses';
import { backupsHoldingIdentity, eraseIdentityFromBackups } from '../../safety/erase-from-backups';
import { createAccount, deleteAccount, getAccount, listAccounts, updateAccount } from '../../services/accounts';
import {
  createWitness,
  deleteWitness,
  eraseWitnessIdentity,
  getWitness,
  getWitnessIdentity,
  listWitnesses,
  setConsent,
  setWitnessIdentity,
  updateWitness,
  withdrawConsent,
} from '../../services/witnesses';
import type { HandlersFor } from './types';

export const witnessHandlers: HandlersFor<keyof typeof witnessMethods> = {
  'witnesses.list': (input, ws) => ({ witnesses: listWitnesses(ws.ctx, input) }),
  'witnesses.get': (input, ws) => getWitness(ws.ctx, input.id),
  'witnesses.create': (input, ws) => createWitness(ws.ctx, input),
  'witnesses.update': (input, ws) => updateWitness(ws.ctx, input.id, input.patch),
  'witnesses.delete': (input, ws) => deleteWitness(ws.ctx, input.id),
  'witnesses.identity.get': (input, ws) => getWitnessIdentity(ws.ctx, input.id),
  'witnesses.identity.set': ({ id, ...identity }, ws) => setWitnessIdentity(ws.ctx, id, identity),
  'witnesses.identity.erase': ({ id, fromBackups }, ws) => eraseWitnessIdentity(ws.ctx, id, fromBackups ? () => eraseIdentityFromBackups(ws.dataDir, id) : undefined),
  'witnesses.identity.backups': ({ id }, ws) => ({ backups: backupsHoldingIdentity(ws.ctx, ws.dataDir, id).length }),
  'witnesses.consent.set': (input, ws) => setConsent(ws.ctx, input),
  'witnesses.consent.withdraw': (input, ws) => withdrawConsent(ws.ctx, input),
  'accounts.list': (input, ws) => ({ accounts: listAccounts(ws.ctx, input) }),
  'accounts.get': (input, ws) => getAccount(ws.ctx, input.id),
  'accounts.create': (input, ws) => createAccount(ws.ctx, input),
  'accounts.update': (input, ws) => updateAccount(ws.ctx, input.id, input.patch),
  'accounts.delete': (input, ws) => deleteAccount(ws.ctx, input.id),
};
