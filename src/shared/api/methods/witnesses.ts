import { z } from 'zod';
import { LanguageTag, ShortText, Uuid } from '../../schemas/common';
import { IsoDate } from '../../schemas/figure';
import { Account, AccountRelation, ConsentPurpose, Witness, WitnessIdentity } from '../../schemas/witness';

const Long = z.string().max(1_000_000);
const Identity = { name: ShortText(300), contact: ShortText(500), exactPlace: ShortText(500) };
const AccountFields = {
  caseId: Uuid.nullable(),
  interviewDate: IsoDate.nullable(),
  interviewer: ShortText(300),
  locationCoarse: ShortText(300),
  language: LanguageTag,
  interpreter: ShortText(300),
  relation: AccountRelation,
  narrative: Long,
  translation: Long,
  incidentDate: IsoDate.nullable(),
  incidentPlace: ShortText(300),
  reliabilityNote: z.string().max(20_000),
  memo: z.string().max(100_000),
};

/**
 * Witnesses with protection built in, and their accounts. No method but witnesses.identity.get
 * returns a witness's name, contact or exact place.
 */
export const witnessMethods = {
  'witnesses.list': {
    summary: 'Witnesses by code (never their identifying details), with consent per purpose.',
    input: z.object({ caseId: Uuid.optional() }).strict(),
    output: z.object({ witnesses: z.array(Witness) }),
  },
  'witnesses.get': {
    summary: 'One witness by code, with consent per purpose (given, withdrawn or never); no identifying details.',
    input: z.object({ id: Uuid }).strict(),
    output: Witness,
  },
  'witnesses.create': {
    summary: 'Register a witness: a code (W-0001) is generated; identifying details, if given, are stored apart.',
    input: z
      .object({ caseId: Uuid.nullable().optional(), description: z.string().max(20_000).optional(), identity: z.object(Identity).partial().strict().optional() })
      .strict(),
    output: Witness,
  },
  'witnesses.update': {
    summary: 'Change a witness’s case or non-identifying description.',
    input: z.object({ id: Uuid, patch: z.object({ caseId: Uuid.nullable(), description: z.string().max(20_000) }).partial().strict() }).strict(),
    output: Witness,
  },
  'witnesses.delete': {
    summary: 'Move a witness to the trash with their accounts (restored together); returns how many accounts went with them.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid, accounts: z.number().int() }),
  },
  'witnesses.identity.get': {
    summary: 'On explicit request only: a witness’s name, contact and exact place (the access is recorded).',
    input: z.object({ id: Uuid }).strict(),
    output: WitnessIdentity,
  },
  'witnesses.identity.set': {
    summary: 'Set identifying details (fields left out stay); returns the witness without them.',
    input: z.object({ id: Uuid, ...Identity }).partial().required({ id: true }).strict(),
    output: Witness,
  },
  'witnesses.identity.erase': {
    summary:
      'Erase a witness’s identifying details for good (not undoable), also of a witness in the trash; the witness stays, known by code. ' +
      'fromBackups: also rewrite every backup (and every database kept aside) that holds them; returns how many were rewritten and which could not be.',
    input: z.object({ id: Uuid, fromBackups: z.boolean().default(false) }).strict(),
    output: Witness.extend({ backupsRewritten: z.number().int(), backupsFailed: z.array(z.string()) }),
  },
  'witnesses.identity.backups': {
    summary: 'How many backups (and databases kept aside) still hold a witness’s identifying details; never the details.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ backups: z.number().int() }),
  },
  'witnesses.consent.set': {
    summary: 'Record consent for one purpose (store, analyse, share_team, publish_anonymised, publish_named, legal_submission) with its date.',
    input: z
      .object({ witnessId: Uuid, purpose: ConsentPurpose, givenAt: IsoDate, withdrawnAt: IsoDate.nullable().optional(), note: z.string().max(20_000).optional() })
      .strict()
      .refine((v) => !v.withdrawnAt || v.withdrawnAt >= v.givenAt, { message: 'must not be before givenAt', path: ['withdrawnAt'] }),
    output: Witness,
  },
  'witnesses.consent.withdraw': {
    summary: 'Record that consent for one purpose was withdrawn, on a date.',
    input: z.object({ witnessId: Uuid, purpose: ConsentPurpose, withdrawnAt: IsoDate, note: z.string().max(20_000).optional() }).strict(),
    output: Witness,
  },
  'accounts.list': {
    summary: 'Eyewitness accounts of a witness or a case (or all), by interview date.',
    input: z.object({ witnessId: Uuid.optional(), caseId: Uuid.optional() }).strict(),
    output: z.object({ accounts: z.array(Account) }),
  },
  'accounts.get': {
    summary: 'One account.',
    input: z.object({ id: Uuid }).strict(),
    output: Account,
  },
  'accounts.create': {
    summary: 'Record an account: interview, coarse location, language, interpreter, relation to events, narrative and translation, incident date and place.',
    input: z.object(AccountFields).partial().extend({ witnessId: Uuid, language: LanguageTag, relation: AccountRelation }).strict(),
    output: Account,
  },
  'accounts.update': {
    summary: 'Change an account.',
    input: z.object({ id: Uuid, patch: z.object(AccountFields).partial().strict() }).strict(),
    output: Account,
  },
  'accounts.delete': {
    summary: 'Move an account to the trash.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
} as const;
