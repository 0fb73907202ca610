import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/** Purposes a witness consents to separately (store, analyse, share with the team, publish, court/UN). */
export const ConsentPurpose = z.enum(['store', 'analyse', 'share_team', 'publish_anonymised', 'publish_named', 'legal_submission']);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const ConsentState = z.object({
  purpose: ConsentPurpose,
  /** never: no consent was recorded for this purpose; the UI must show it as not consented. */
  state: z.enum(['given', 'withdrawn', 'never']),
  givenAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  note: z.string(),
});
export type ConsentState = z.infer<typeof ConsentState>;

/**
 * A witness as the workspace knows them: by code only. Identifying details are never part of this
 * record (nor of lists, search or history); only witnesses.identity.get returns them.
 */
export const Witness = z.object({
  id: Uuid,
  code: z.string(),
  caseId: Uuid.nullable(),
  /** Non-identifying description ("man in his forties, displaced from Baniyas"). */
  description: z.string(),
  consent: z.array(ConsentState),
  hasIdentity: z.boolean(),
  accountCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Witness = z.infer<typeof Witness>;

export const WitnessIdentity = z.object({
  witnessId: Uuid,
  code: z.string(),
  name: z.string(),
  contact: z.string(),
  exactPlace: z.string(),
  updatedAt: Timestamp,
});
export type WitnessIdentity = z.infer<typeof WitnessIdentity>;

export const AccountRelation = z.enum(['survivor', 'relative', 'witness', 'responder']);
export type AccountRelation = z.infer<typeof AccountRelation>;

export const Account = z.object({
  id: Uuid,
  witnessId: Uuid,
  witnessCode: z.string(),
  caseId: Uuid.nullable(),
  interviewDate: z.string().nullable(),
  interviewer: z.string(),
  /** Coarse on purpose (district, town): the exact place belongs to the witness's identity. */
  locationCoarse: z.string(),
  language: z.string(),
  interpreter: z.string(),
  relation: AccountRelation,
  narrative: z.string(),
  translation: z.string(),
  incidentDate: z.string().nullable(),
  incidentPlace: z.string(),
  reliabilityNote: z.string(),
  memo: z.string(),
  codeIds: z.array(Uuid),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Account = z.infer<typeof Account>;
