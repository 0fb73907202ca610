import { createHash } from 'node:crypto';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, CaseFile, type CaseHistoryEntry, type CaseRedaction } from '../../shared/schemas/casefile';
import type { ExportDataset, ExportProfile, ExportScope, RedactionTarget } from '../../shared/schemas/export';
import type { ServiceContext } from '../services/context';
import { buildExportDataset, type DatasetOptions } from '../export/dataset';
import { withheldWords } from '../export/people';
import { PROFILE_RULES } from '../export/profiles';
import { scrubStrings } from '../export/redact';
import { recordsOfScope } from '../export/scope';

/**
 * case.json from the export pipeline's data set: the same scope and profile rules decide what is in
 * it, so a team or public case file withholds exactly what a team or public export withholds. The
 * redactions and history added here follow the same rules: a redaction's words only where the
 * profile keeps redacted words, a history entry's values only in the internal profile.
 */
export function buildCaseFile(ctx: ServiceContext, scope: ExportScope, profile: ExportProfile, options: DatasetOptions = {}): { caseFile: CaseFile; dataset: ExportDataset } {
  const dataset = buildExportDataset(ctx, scope, profile, options);
  const rules = PROFILE_RULES[profile];
  const redactions = redactionsOf(ctx, dataset, rules.redactions === 'marked');
  const additions = scrubStrings({ redactions, history: historyOf(ctx, dataset, redactions, profile) }, withheldWords(ctx, profile, recordsOfScope(ctx, scope).accounts));
  const { format: _f, version: _v, generatedAt, generator, segments, fileStem: _s, ...records } = dataset;
  const caseFile = CaseFile.parse({
    ...records,
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    exportedAt: generatedAt,
    exporter: generator,
    highlights: segments,
    ...additions,
  });
  return { caseFile, dataset };
}

/** The texts of the data set a redaction can stand on, by target type. */
function redactableTexts(d: ExportDataset): Record<RedactionTarget, string[]> {
  const accounts = d.accounts.map((a) => a.id);
  return { article: d.articles.map((a) => a.id), account_narrative: accounts, account_translation: accounts, quote: d.quotes.map((q) => q.id), memo: d.memos.map((m) => m.id) };
}

function redactionsOf(ctx: ServiceContext, d: ExportDataset, keepWords: boolean): CaseRedaction[] {
  const select = ctx.db.prepare(
    `SELECT id, target_type, target_id, start_pos, end_pos, exact, reason, created_at, updated_at FROM redactions
     WHERE deleted_at IS NULL AND target_type = ? AND target_id IN (SELECT value FROM json_each(?)) ORDER BY target_id, start_pos, id`,
  );
  return Object.entries(redactableTexts(d)).flatMap(([type, ids]) =>
    (select.all(type, JSON.stringify(ids)) as Record<string, string & number>[]).map((r) => ({
      id: r.id,
      targetType: r.target_type as RedactionTarget,
      targetId: r.target_id,
      start: r.start_pos,
      end: r.end_pos,
      exact: keepWords ? r.exact : null,
      reason: r.reason,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
  );
}

/** The history of the records in the case file, oldest first. */
function historyOf(ctx: ServiceContext, d: ExportDataset, redactions: CaseRedaction[], profile: ExportProfile): CaseHistoryEntry[] {
  const items: [string, { id: string }[]][] = [
    ['article', d.articles],
    ['highlight', d.segments],
    ['case', d.cases],
    ['figure', d.figures],
    ['quote', d.quotes],
    ['account', d.accounts],
    ['incident', d.incidents],
    ['actor', d.actors],
    ['witness', d.witnesses],
    ['redaction', redactions],
  ];
  const pairs = items.flatMap(([type, list]) => list.map((r) => [type, r.id]));
  const rows = ctx.db
    .prepare(
      `SELECT item_type, item_id, action, before, after, at, user FROM history
       WHERE (item_type, item_id) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) ORDER BY seq`,
    )
    .all(JSON.stringify(pairs)) as { item_type: string; item_id: string; action: string; before: string | null; after: string | null; at: string; user: string }[];
  const values = profile === 'internal';
  return rows.map((r) => {
    const entry = {
      itemType: r.item_type,
      itemId: r.item_id,
      action: r.action,
      at: r.at,
      user: profile === 'public' ? null : r.user,
      before: values && r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
      after: values && r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
    };
    return { id: createHash('sha256').update(JSON.stringify(entry)).digest('hex').slice(0, 32), ...entry };
  });
}
