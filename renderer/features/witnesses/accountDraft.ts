import type { MethodInput } from '../../../src/shared/api/contract';
import type { Account, AccountRelation } from '../../../src/shared/schemas/witness';

/** The account form as typed. */
export interface AccountDraft {
  caseId: string;
  interviewDate: string;
  interviewer: string;
  locationCoarse: string;
  language: string;
  interpreter: string;
  relation: AccountRelation;
  narrative: string;
  translation: string;
  incidentDate: string;
  incidentPlace: string;
  reliabilityNote: string;
}

export type AccountField = keyof AccountDraft;
export type AccountErrors = Partial<Record<AccountField, string>>;
export const ACCOUNT_FIELDS: readonly string[] = ['caseId', 'interviewDate', 'interviewer', 'locationCoarse', 'language', 'interpreter', 'relation', 'narrative', 'translation', 'incidentDate', 'incidentPlace', 'reliabilityNote'];

export function newAccountDraft(caseId: string | null): AccountDraft {
  return {
    caseId: caseId ?? '',
    interviewDate: '',
    interviewer: '',
    locationCoarse: '',
    language: 'ar',
    interpreter: '',
    relation: 'witness',
    narrative: '',
    translation: '',
    incidentDate: '',
    incidentPlace: '',
    reliabilityNote: '',
  };
}

export function draftFromAccount(a: Account): AccountDraft {
  return {
    caseId: a.caseId ?? '',
    interviewDate: a.interviewDate ?? '',
    interviewer: a.interviewer,
    locationCoarse: a.locationCoarse,
    language: a.language,
    interpreter: a.interpreter,
    relation: a.relation,
    narrative: a.narrative,
    translation: a.translation,
    incidentDate: a.incidentDate ?? '',
    incidentPlace: a.incidentPlace,
    reliabilityNote: a.reliabilityNote,
  };
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the form can tell before asking the core. */
export function validateAccount(draft: AccountDraft): AccountErrors {
  const errors: AccountErrors = {};
  if (!draft.narrative.trim()) errors.narrative = 'Write down the narrative: what the witness said, in their words.';
  if (!LANGUAGE_TAG.test(draft.language.trim())) errors.language = 'Give the language of the interview as a tag such as “ar” (Arabic) or “en” (English).';
  if (draft.interviewDate && !DAY.test(draft.interviewDate)) errors.interviewDate = 'Give a day, like 2025-03-12.';
  if (draft.incidentDate && !DAY.test(draft.incidentDate)) errors.incidentDate = 'Give a day, like 2025-03-07.';
  if (!errors.interviewDate && !errors.incidentDate && draft.interviewDate && draft.incidentDate && draft.incidentDate > draft.interviewDate) {
    errors.incidentDate = 'The incident is after the interview; check both dates.';
  }
  return errors;
}

/** Every field as the API takes it (the patch of an update, or a new account without its witness). */
export function accountFields(draft: AccountDraft): Omit<MethodInput<'accounts.create'>, 'witnessId'> {
  return {
    caseId: draft.caseId || null,
    interviewDate: draft.interviewDate || null,
    interviewer: draft.interviewer.trim(),
    locationCoarse: draft.locationCoarse.trim(),
    language: draft.language.trim(),
    interpreter: draft.interpreter.trim(),
    relation: draft.relation,
    narrative: draft.narrative,
    translation: draft.translation,
    incidentDate: draft.incidentDate || null,
    incidentPlace: draft.incidentPlace.trim(),
    reliabilityNote: draft.reliabilityNote,
  };
}

export function accountChanged(draft: AccountDraft, account: Account): boolean {
  return JSON.stringify(accountFields(draft)) !== JSON.stringify(accountFields(draftFromAccount(account)));
}
