import { plural } from '../../lib/format';

export type ImportOutcomeKind = 'imported' | 'duplicate' | 'in_trash' | 'refused' | 'cancelled';

/** What became of one file of an import, with the reason when it was not imported. */
export interface ImportOutcome {
  fileName: string;
  kind: ImportOutcomeKind;
  /** The article's title (imported, duplicate, in the trash) or why it was refused. */
  detail: string;
}

export const OUTCOME_WORDS: Record<ImportOutcomeKind, string> = {
  imported: 'Imported',
  duplicate: 'Already in the library',
  in_trash: 'In the trash',
  refused: 'Not imported',
  cancelled: 'Cancelled',
};

/** "47 imported, 2 duplicates, 1 refused": the counts of an import's outcomes, in that order. */
export function summarizeOutcomes(outcomes: readonly ImportOutcome[]): string {
  const count = (kind: ImportOutcomeKind) => outcomes.filter((o) => o.kind === kind).length;
  const parts = [`${count('imported')} imported`];
  if (count('duplicate')) parts.push(plural(count('duplicate'), 'duplicate'));
  if (count('in_trash')) parts.push(`${count('in_trash')} in the trash`);
  if (count('refused')) parts.push(`${count('refused')} refused`);
  if (count('cancelled')) parts.push(`${count('cancelled')} cancelled`);
  return parts.join(', ');
}
