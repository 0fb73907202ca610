import type { MethodOutput } from '../../../src/shared/api/contract';
import { plural } from '../../lib/format';

export type DeleteImpact = MethodOutput<'articles.deleteImpact'>;

/** How long the trash keeps an item before it may be removed for good (src/node/services/trash.ts). */
export const TRASH_DAYS = 30;

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What goes with an article, in one sentence: "3 highlights, 1 memo, membership in 2 cases and
 * 5 code applications go to the trash with it. You can restore it for 30 days."
 */
export function describeImpact(impact: DeleteImpact): string {
  const parts: string[] = [];
  if (impact.highlights > 0) parts.push(plural(impact.highlights, 'highlight'));
  if (impact.figures > 0) parts.push(plural(impact.figures, 'casualty figure'));
  if (impact.quotes > 0) parts.push(plural(impact.quotes, 'quote'));
  if (impact.memos > 0) parts.push(plural(impact.memos, 'memo'));
  if (impact.caseMemberships > 0) parts.push(`membership in ${plural(impact.caseMemberships, 'case')}`);
  if (impact.codeApplications > 0) parts.push(plural(impact.codeApplications, 'code application'));
  const restore = `You can restore it for ${TRASH_DAYS} days.`;
  if (parts.length === 0) return `Nothing else goes with it: it has no highlights, figures, quotes, memos, cases or codes. ${restore}`;
  const single = parts.length === 1 && /^(1 |membership )/.test(parts[0]);
  const sentence = `${joinWords(parts)} ${single ? 'goes' : 'go'} to the trash with it.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} ${restore}`;
}

/** "its 3 highlights and 1 memo" for the notice after deleting; empty when nothing went with it. */
export function describeCompanions(impact: DeleteImpact): string {
  const parts: string[] = [];
  if (impact.highlights > 0) parts.push(plural(impact.highlights, 'highlight'));
  if (impact.figures > 0) parts.push(plural(impact.figures, 'casualty figure'));
  if (impact.quotes > 0) parts.push(plural(impact.quotes, 'quote'));
  if (impact.memos > 0) parts.push(plural(impact.memos, 'memo'));
  return parts.length ? `Its ${joinWords(parts)} went with it.` : '';
}
