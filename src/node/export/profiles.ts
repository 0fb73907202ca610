import type { ExportProfile, MemoVisibility, WithheldCounts } from '../../shared/schemas/export';
import type { ConsentPurpose, ConsentState } from '../../shared/schemas/witness';

/** What one export profile lets out, as data: dataset.ts reads nothing else to decide. */
export interface ProfileRules {
  label: string;
  /** Witness name, contact and exact place. */
  identities: boolean;
  /** The consent an account's witness must have given for the account (and quotes linked to it) to be exported; null: every account. */
  accountConsent: ConsentPurpose | null;
  /** Memos (on articles and cases) of these visibilities are exported. */
  memoVisibilities: readonly MemoVisibility[];
  /** Memo fields of records (highlights, figures, quotes, accounts, incidents) and article notes, which have no visibility of their own: treated as team memos. */
  recordMemos: boolean;
  /** marked: redacted spans kept and marked; replaced: "[redacted: reason]" instead of the words. */
  redactions: 'marked' | 'replaced';
  interviewerNames: boolean;
  /** false: an account's incident place is coarsened to its coarse location. */
  exactLocations: boolean;
  /** false: the original of an article whose reading text carries redactions is not shareable. */
  originalsOfRedactedArticles: boolean;
  notice: string;
}

export const PROFILE_RULES: Record<ExportProfile, ProfileRules> = {
  internal: {
    label: 'Internal',
    identities: true,
    accountConsent: null,
    memoVisibilities: ['private', 'team', 'public'],
    recordMemos: true,
    redactions: 'marked',
    interviewerNames: true,
    exactLocations: true,
    originalsOfRedactedArticles: true,
    notice: 'Profile: internal. Everything, witness identities included: for the researcher’s own archive only.',
  },
  team: {
    label: 'Team',
    identities: false,
    accountConsent: 'share_team',
    memoVisibilities: ['team', 'public'],
    recordMemos: true,
    redactions: 'marked',
    interviewerNames: true,
    exactLocations: true,
    originalsOfRedactedArticles: true,
    notice: 'Profile: team. No witness identities; accounts only with consent to share with the team; private memos left out; redacted spans marked.',
  },
  public: {
    label: 'Public',
    identities: false,
    accountConsent: 'publish_anonymised',
    memoVisibilities: ['public'],
    recordMemos: false,
    redactions: 'replaced',
    interviewerNames: false,
    exactLocations: false,
    originalsOfRedactedArticles: false,
    notice:
      'Profile: public. No witness identities, interviewer names or exact locations; accounts only with consent to publish anonymised; only memos marked public; redacted spans replaced.',
  },
};

export const DEFAULT_PROFILE: ExportProfile = 'team';

export function allowsMemo(profile: ExportProfile, visibility: MemoVisibility): boolean {
  return PROFILE_RULES[profile].memoVisibilities.includes(visibility);
}

/** Whether a witness's consent lets their accounts out under this profile (given and not withdrawn). */
export function allowsAccount(profile: ExportProfile, consent: readonly ConsentState[]): boolean {
  const purpose = PROFILE_RULES[profile].accountConsent;
  return purpose === null || consent.some((c) => c.purpose === purpose && c.state === 'given');
}

export type WithheldNumbers = Omit<WithheldCounts, 'summary'>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 witness identities", "1 account without consent to publish", ...: one phrase per non-zero count. */
export function withheldSummary(profile: ExportProfile, n: WithheldNumbers): string[] {
  const consent = profile === 'public' ? 'to publish' : 'to share with the team';
  const memos = profile === 'public' ? ['memo not marked public', 'memos not marked public'] : ['private memo', 'private memos'];
  const phrases: [number, string, string][] = [
    [n.witnessIdentities, 'witness identity', 'witness identities'],
    [n.accounts, `account without consent ${consent}`, `accounts without consent ${consent}`],
    [n.quotes, `quote from a witness without consent ${consent}`, `quotes from witnesses without consent ${consent}`],
    [n.memos, memos[0], memos[1]],
    [n.notes, 'article note', 'article notes'],
    [n.redactedSpans, 'redacted span', 'redacted spans'],
    [n.interviewerNames, 'interviewer name', 'interviewer names'],
    [n.exactLocations, 'exact location', 'exact locations'],
    [n.originals, 'original of a redacted article', 'originals of redacted articles'],
  ];
  return phrases.filter(([count]) => count > 0).map(([count, one, many]) => plural(count, one, many));
}
