import { reanchor } from '../../shared/domain/anchoring';
import { CodePointText } from '../../shared/domain/code-points';
import type { ServiceContext } from './context';
import type { SelectorRow } from './evidence-common';

export interface EvidenceAnchorReport {
  anchored: number;
  review: number;
  orphaned: number;
}

/**
 * Re-anchors the figures and quotes of an article on its corrected reading text, with the same
 * rules as highlights (position, then quote with context, then context for review; else orphan).
 * To be called by correctArticleText inside its transaction, after the text is updated.
 */
export function reanchorEvidence(ctx: ServiceContext, articleId: string, correctedText: string): EvidenceAnchorReport {
  const report: EvidenceAnchorReport = { anchored: 0, review: 0, orphaned: 0 };
  const corrected = new CodePointText(correctedText);
  const now = ctx.now();
  for (const table of ['figures', 'quotes']) {
    const rows = ctx.db
      .prepare(`SELECT id, previous_exact, article_id, start_pos, end_pos, exact, prefix, suffix, anchor_status FROM ${table} WHERE article_id = ? AND start_pos IS NOT NULL AND deleted_at IS NULL`)
      .all(articleId) as (SelectorRow & { id: string; previous_exact: string | null })[];
    const update = ctx.db.prepare(`UPDATE ${table} SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?, anchor_status = ?, previous_exact = ?, updated_at = ? WHERE id = ?`);
    for (const row of rows) {
      if (row.anchor_status === 'orphaned') {
        report.orphaned++;
        continue;
      }
      const result = reanchor(corrected, { start: row.start_pos!, end: row.end_pos!, exact: row.exact!, prefix: row.prefix ?? '', suffix: row.suffix ?? '' });
      const s = result.selector;
      const previous = result.status === 'review' ? (row.previous_exact ?? row.exact) : row.previous_exact;
      update.run(s.start, s.end, s.exact, s.prefix, s.suffix, result.status, previous, now, row.id);
      report[result.status]++;
    }
  }
  return report;
}
