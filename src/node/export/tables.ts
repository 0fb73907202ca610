import { indexDataset, markedText } from '../../shared/domain/export-text';
import type { Citation, ExportDataset } from '../../shared/schemas/export';

/*
 * The export's tables (figures, quotes, accounts, coded segments, actors, incidents, sources, and
 * codes, witnesses, memos, links): one row per record, every row with the ids that tie it to the
 * other tables. The CSV format and the spreadsheet (XLSX) both write these.
 */

export { markedText };

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** The citation's columns, the same in every table that cites a source. */
const citationColumns = (c: Citation): Row => ({ citation: c.text, source_article_id: c.articleId, chars_start: c.start, chars_end: c.end, source_sha256: c.sha256 });
const ids = (list: string[]) => list.join(';');

/** One table per record type; every row carries the ids that tie it to the other tables. */
export function exportTables(d: ExportDataset): Record<string, Row[]> {
  const ix = indexDataset(d);
  const identities = d.profile === 'internal';
  return {
    sources: d.articles.map((a) => ({
      article_id: a.id,
      title: a.title,
      publisher: a.publisher,
      author: a.author,
      published_at: a.publishedAt,
      language: a.language,
      source_url: a.sourceUrl,
      original_sha256: a.original.sha256,
      original_media_type: a.original.mediaType,
      original_file_name: a.original.fileName,
      original_bytes: a.original.byteSize,
      captured_at: a.original.capturedAt,
      original_shareable: a.original.shareable,
      grade: a.grading?.grade ?? null,
      case_ids: ids(a.caseIds),
      code_ids: ids(a.codeIds),
      notes: a.notes,
    })),
    figures: d.figures.map((f) => ({
      figure_id: f.id,
      case_id: f.caseId,
      incident_id: f.incidentId,
      reporter_id: f.reporterId,
      reporter: f.reporterName,
      reported_date: f.reportedDate,
      as_of_date: f.asOfDate,
      outcome: f.outcome,
      group: f.group,
      qualifier: f.qualifier,
      min: f.min,
      max: f.max,
      range: f.range,
      wording: f.wording,
      passage: f.passage ? markedText(f.passage) : null,
      identity: f.identity,
      identity_basis: f.identityBasis,
      scope_place: f.scopePlace,
      scope_period_start: f.scopePeriodStart,
      scope_period_end: f.scopePeriodEnd,
      counting_method: f.countingMethod,
      updates_figure_id: f.updatesId,
      code_ids: ids(f.codeIds),
      memo: f.memo,
      ...citationColumns(f.citation),
    })),
    quotes: d.quotes.map((q) => ({
      quote_id: q.id,
      case_id: q.caseId,
      text: markedText(q.text),
      language: q.language,
      translation: q.translation,
      speaker_actor_id: q.speakerId,
      speaker: q.speakerName,
      speaker_descriptor: q.speakerDescriptor,
      speaker_role: q.speakerRole,
      mode: q.mode,
      date: q.date,
      context: q.context,
      code_ids: ids(q.codeIds),
      memo: q.memo,
      ...citationColumns(q.citation),
    })),
    accounts: d.accounts.map((a) => ({
      account_id: a.id,
      witness_id: a.witnessId,
      witness_code: a.witnessCode,
      case_id: a.caseId,
      interview_date: a.interviewDate,
      interviewer: a.interviewer,
      interpreter: a.interpreter,
      location_coarse: a.locationCoarse,
      incident_place: a.incidentPlace,
      incident_date: a.incidentDate,
      language: a.language,
      relation: a.relation,
      narrative: markedText(a.narrative),
      translation: markedText(a.translation),
      reliability_note: a.reliabilityNote,
      code_ids: ids(a.codeIds),
      memo: a.memo,
    })),
    coded_segments: d.segments.map((s) => ({
      segment_id: s.id,
      article_id: s.articleId,
      start: s.selector.start,
      end: s.selector.end,
      exact: s.selector.exact,
      prefix: s.selector.prefix,
      suffix: s.selector.suffix,
      passage: markedText(s.passage),
      status: s.status,
      code_ids: ids(s.codeIds),
      codes: ix.codeNames(s.codeIds).join('; '),
      memo: s.memo,
      ...citationColumns(s.citation),
    })),
    codes: d.codes.map((c) => ({ code_id: c.id, parent_code_id: c.parentId, name: c.name, path: c.path, color: c.color, definition: c.description.definition })),
    actors: d.actors.map((a) => ({ actor_id: a.id, name: a.name, type: a.type, description: a.description, aliases: a.aliases.map((x) => x.alias).join('; '), code_ids: ids(a.codeIds) })),
    incidents: d.incidents.map((i) => ({
      incident_id: i.id,
      case_id: i.caseId,
      title: i.title,
      type: i.type,
      status: i.status,
      start: i.start,
      end: i.end,
      place_en: i.placeNameEn,
      place_ar: i.placeNameAr,
      admin1: i.admin1,
      admin2: i.admin2,
      lat: i.lat,
      lon: i.lon,
      description: i.description,
      code_ids: ids(i.codeIds),
      memo: i.memo,
    })),
    witnesses: d.witnesses.map((w) => ({
      witness_id: w.id,
      code: w.code,
      description: w.description,
      consent_given: w.consent.filter((c) => c.state === 'given').map((c) => c.purpose).join(';'),
      consent_withdrawn: w.consent.filter((c) => c.state === 'withdrawn').map((c) => c.purpose).join(';'),
      ...(identities ? { name: w.identity?.name ?? null, contact: w.identity?.contact ?? null, exact_place: w.identity?.exactPlace ?? null } : {}),
    })),
    memos: d.memos.map((m) => ({ memo_id: m.id, target_type: m.targetType, target_id: m.targetId, visibility: m.visibility, text: markedText(m.text), updated_at: m.updatedAt })),
    links: d.links.map((l) => ({ link_id: l.id, from_type: l.fromType, from_id: l.fromId, to_type: l.toType, to_id: l.toId, relation: l.relation, note: l.note })),
  };
}

