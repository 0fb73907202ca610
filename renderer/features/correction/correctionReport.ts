import type { MethodOutput } from '../../../src/shared/api/contract';

export type CorrectionReport = MethodOutput<'articles.correctText'>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 highlights kept, 1 needs review, 1 orphaned" */
export function describeCorrection(report: CorrectionReport): string {
  const total = report.anchored + report.review + report.orphaned;
  if (total === 0) return 'The article had no highlights to move.';
  return [
    plural(report.anchored, 'highlight kept', 'highlights kept'),
    report.review ? `${report.review} ${report.review === 1 ? 'needs' : 'need'} review` : null,
    report.orphaned ? `${report.orphaned} orphaned` : null,
  ]
    .filter(Boolean)
    .join(', ');
}
