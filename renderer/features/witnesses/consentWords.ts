import type { ConsentPurpose, ConsentState } from '../../../src/shared/schemas/witness';
import { formatPublicationDate } from '../../lib/format';

export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['store', 'analyse', 'share_team', 'publish_anonymised', 'publish_named', 'legal_submission'];

export const purposeLabel: Record<ConsentPurpose, string> = {
  store: 'Store',
  analyse: 'Analyse',
  share_team: 'Share with the team',
  publish_anonymised: 'Publish anonymised',
  publish_named: 'Publish named',
  legal_submission: 'Submit to a court or UN mechanism',
};

export const purposeHint: Record<ConsentPurpose, string> = {
  store: 'Keep the account and its details in this workspace.',
  analyse: 'Code, compare and count what the account says.',
  share_team: 'Show the account to other members of the team.',
  publish_anonymised: 'Quote or summarise it in public without anything that identifies the witness.',
  publish_named: 'Publish it under the witness’s own name.',
  legal_submission: 'Hand it to a court, a UN mechanism or an investigative body.',
};

/** True only for consent given and not withdrawn. */
export function isConsented(state: ConsentState): boolean {
  return state.state === 'given';
}

/** What the consent of one purpose is, in words: "Consented on 8 Mar 2025", "Not consented: withdrawn on …". */
export function consentWords(state: ConsentState): { headline: string; detail: string } {
  const given = formatPublicationDate(state.givenAt);
  const withdrawn = formatPublicationDate(state.withdrawnAt);
  if (state.state === 'given') return { headline: 'Consented', detail: given ? `given ${given}` : '' };
  if (state.state === 'withdrawn') return { headline: 'Not consented', detail: `withdrawn ${withdrawn}${given ? ` (given ${given})` : ''}` };
  return { headline: 'Not consented', detail: 'never given' };
}

/** "2 of 6" purposes consented to. */
export function consentSummary(consent: readonly ConsentState[]): { given: number; total: number } {
  return { given: consent.filter(isConsented).length, total: consent.length };
}

/** Today as YYYY-MM-DD in the local calendar (the default date a consent is recorded on). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
