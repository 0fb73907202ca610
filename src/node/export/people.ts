import type { Quote } from '../../shared/schemas/evidence';
import type { ExportAccount, ExportProfile, ExportText } from '../../shared/schemas/export';
import type { Account, Witness } from '../../shared/schemas/witness';
import type { ServiceContext } from '../services/context';
import { allRedactedWords } from '../services/redactions';
import { allowsAccount, PROFILE_RULES, type WithheldNumbers } from './profiles';

/** Witness safety in exports: which accounts and quotes go out, what of an account, and which words are scrubbed. */

/** Words removed from every string of the data set, whatever field they were copied into. */
export function withheldWords(ctx: ServiceContext, profile: ExportProfile, accounts: Account[]): string[] {
  const rules = PROFILE_RULES[profile];
  const words: string[] = [];
  if (rules.redactions === 'replaced') words.push(...allRedactedWords(ctx));
  if (!rules.interviewerNames) for (const a of accounts) words.push(a.interviewer, a.interpreter);
  if (!rules.exactLocations) for (const a of accounts) if (a.incidentPlace !== a.locationCoarse) words.push(a.incidentPlace);
  return words.filter((w) => w && !['none', 'n/a', 'unknown'].includes(w.trim().toLowerCase()));
}

/**
 * A quote goes out unless it is linked to an account the profile withholds, or to a witness whose
 * consent does not allow the profile (a quote typed from an interview is the witness's words).
 */
export function quoteAllowed(ctx: ServiceContext, q: Quote, profile: ExportProfile, withheldAccounts: Set<string>, witnessOf: (id: string) => Witness): boolean {
  const linked = ctx.db
    .prepare(
      `SELECT to_type AS type, to_id AS id FROM links WHERE from_type = 'quote' AND from_id = @id AND to_type IN ('account', 'witness')
       UNION SELECT from_type, from_id FROM links WHERE to_type = 'quote' AND to_id = @id AND from_type IN ('account', 'witness')`,
    )
    .all({ id: q.id }) as { type: 'account' | 'witness'; id: string }[];
  return linked.every((l) => {
    if (l.type === 'account') {
      if (withheldAccounts.has(l.id)) return false;
      const w = ctx.db.prepare('SELECT witness_id FROM accounts WHERE id = ?').pluck().get(l.id) as string | undefined;
      return w === undefined || allowsAccount(profile, witnessOf(w).consent);
    }
    const exists = ctx.db.prepare('SELECT 1 FROM witnesses WHERE id = ? AND deleted_at IS NULL').get(l.id);
    return !exists || allowsAccount(profile, witnessOf(l.id).consent);
  });
}

export function exportAccount(
  a: Account,
  rules: (typeof PROFILE_RULES)[ExportProfile],
  withheld: WithheldNumbers,
  recordMemo: (memo: string) => string | null,
  narrative: ExportText,
  translation: ExportText,
): ExportAccount {
  let interviewer: string | null = a.interviewer;
  let interpreter: string | null = a.interpreter;
  if (!rules.interviewerNames) {
    if (a.interviewer.trim()) withheld.interviewerNames++;
    if (a.interpreter.trim() && a.interpreter.trim().toLowerCase() !== 'none') withheld.interviewerNames++;
    interviewer = null;
    interpreter = null;
  }
  let incidentPlace = a.incidentPlace;
  if (!rules.exactLocations && a.incidentPlace !== a.locationCoarse) {
    if (a.incidentPlace.trim()) withheld.exactLocations++;
    incidentPlace = a.locationCoarse;
  }
  return {
    id: a.id,
    witnessId: a.witnessId,
    witnessCode: a.witnessCode,
    caseId: a.caseId,
    interviewDate: a.interviewDate,
    interviewer,
    interpreter,
    locationCoarse: a.locationCoarse,
    language: a.language,
    relation: a.relation,
    narrative,
    translation,
    incidentDate: a.incidentDate,
    incidentPlace,
    reliabilityNote: a.reliabilityNote,
    memo: recordMemo(a.memo),
    codeIds: a.codeIds,
  };
}

