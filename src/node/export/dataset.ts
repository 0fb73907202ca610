import { CodePointText } from '../../shared/domain/code-points';
import { reconcile, reportedPhrase } from '../../shared/domain/figures';
import type { Article } from '../../shared/schemas/article';
import type { Quote } from '../../shared/schemas/evidence';
import {
  EXPORT_DATASET_FORMAT,
  EXPORT_DATASET_VERSION,
  ExportDataset,
  type ExportAccount,
  type ExportArticle,
  type ExportCode,
  type ExportMemo,
  type ExportProfile,
  type ExportScope,
  type ExportSegment,
  type ExportText,
  type ExportWitness,
  type RedactionTarget,
} from '../../shared/schemas/export';
import type { Account, Witness } from '../../shared/schemas/witness';
import { APP_VERSION } from '../../shared/version';
import { getActor } from '../services/actors';
import { getArticle } from '../services/articles';
import { getCase } from '../services/cases';
import type { ServiceContext } from '../services/context';
import { getGrading } from '../services/grading';
import { listHighlights } from '../services/highlights';
import { redactionsOf } from '../services/redactions';
import { codesOf } from '../services/tagging';
import { getWitness, getWitnessIdentity } from '../services/witnesses';
import { citationOf, type CitedSource } from './citation';
import { codesOfDataset } from './codes';
import { exportAccount, quoteAllowed, withheldWords } from './people';
import { allowsAccount, allowsMemo, PROFILE_RULES, withheldSummary, type WithheldNumbers } from './profiles';
import { partsOf, resolveSpans, scrubStrings, type Span } from './redact';
import { recordsOfScope } from './scope';

/** Code points of context kept on each side of a segment's quote selector (as highlights store it). */
const CONTEXT = 32;

export interface DatasetOptions {
  /** Fixed in tests; the export time otherwise. */
  now?: string;
  /**
   * false: the internal profile does not read witness identities (a preview only counts). Reading
   * them is recorded in the witness's history, as every access is.
   */
  readIdentities?: boolean;
}

/** "Coastal killings, March 2025" -> "coastal-killings-march-2025". */
export function fileStemOf(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'fieldnotes-export'
  );
}

/** One text of the data set with its redactions resolved, read per profile. */
class RedactedText {
  readonly text: CodePointText;
  readonly spans: Span[];
  constructor(text: string, spans: (t: CodePointText) => Span[]) {
    this.text = new CodePointText(text);
    this.spans = spans(this.text);
  }
}

/**
 * Builds the export data set of a scope under a profile: only what the profile lets out, with
 * redactions applied, counts of what was withheld, and one citation per quote, figure and
 * segment. Formats render this object and nothing else.
 */
export function buildExportDataset(ctx: ServiceContext, scope: ExportScope, profile: ExportProfile, options: DatasetOptions = {}): ExportDataset {
  const rules = PROFILE_RULES[profile];
  const mode = rules.redactions;
  const records = recordsOfScope(ctx, scope);
  const withheld: WithheldNumbers = { witnessIdentities: 0, accounts: 0, quotes: 0, memos: 0, notes: 0, redactedSpans: 0, interviewerNames: 0, exactLocations: 0, originals: 0 };
  const redactedIds = new Set<string>();
  const texts = (type: RedactionTarget, ids: string[]) => {
    const byTarget = redactionsOf(ctx, type, ids);
    return (id: string, text: string) => new RedactedText(text, (t) => resolveSpans(t, byTarget.get(id) ?? []));
  };
  /** The parts of a text, counting the redactions it shows (once each). */
  const parts = (r: RedactedText, from?: number, to?: number): ExportText => {
    const out = partsOf(r.text, r.spans, mode, from, to);
    for (const s of r.spans) if (s.end > (from ?? 0) && s.start < (to ?? r.text.length)) for (const id of s.ids) redactedIds.add(id);
    return out;
  };
  const recordMemo = (memo: string) => {
    if (rules.recordMemos) return memo;
    if (memo.trim()) withheld.memos++;
    return null;
  };

  // Witnesses and their consent decide which accounts and quotes go out.
  const witnessCache = new Map<string, Witness>();
  const witnessOf = (id: string) => {
    if (!witnessCache.has(id)) witnessCache.set(id, getWitness(ctx, id));
    return witnessCache.get(id)!;
  };
  const accounts = records.accounts.filter((a) => {
    const ok = allowsAccount(profile, witnessOf(a.witnessId).consent);
    if (!ok) withheld.accounts++;
    return ok;
  });
  const accountIds = new Set(accounts.map((a) => a.id));
  const withheldAccountIds = new Set(records.accounts.filter((a) => !accountIds.has(a.id)).map((a) => a.id));
  const quotes = records.quotes.filter((q) => {
    const ok = quoteAllowed(ctx, q, profile, withheldAccountIds, witnessOf);
    if (!ok) withheld.quotes++;
    return ok;
  });

  // Articles: those of the scope, and those cited by its figures and quotes.
  const citedIds = [...records.figures.map((f) => f.articleId), ...quotes.map((q) => q.articleId)].filter((id): id is string => id !== null);
  const articleIds = [...new Set([...records.articleIds, ...citedIds])].filter((id) => ctx.db.prepare('SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').get(id));
  const loaded = new Map<string, Article>(articleIds.map((id) => [id, getArticle(ctx, id)]));
  const articleText = texts('article', articleIds);
  const redactedArticles = new Map<string, RedactedText>(articleIds.map((id) => [id, articleText(id, loaded.get(id)!.text)]));
  const sourceOf = (id: string | null): CitedSource | null => {
    const a = id ? loaded.get(id) : undefined;
    return a ? { id: a.id, title: a.title, publisher: a.publisher, publishedAt: a.publishedAt, sha256: a.original.sha256 } : null;
  };
  const caseIdsOf = (articleId: string) => ctx.db.prepare('SELECT case_id FROM case_articles WHERE article_id = ? AND case_id IN (SELECT id FROM cases WHERE deleted_at IS NULL) ORDER BY case_id').pluck().all(articleId) as string[];

  const articles: ExportArticle[] = articleIds.map((id) => {
    const a = loaded.get(id)!;
    const r = redactedArticles.get(id)!;
    const redacted = r.spans.length > 0;
    const shareable = rules.originalsOfRedactedArticles || !redacted;
    if (!shareable) withheld.originals++;
    let notes: string | null = a.notes;
    if (!rules.recordMemos) {
      if (a.notes.trim()) withheld.notes++;
      notes = null;
    }
    const g = getGrading(ctx, id);
    return {
      id,
      title: a.title,
      publisher: a.publisher,
      author: a.author,
      publishedAt: a.publishedAt,
      language: a.language,
      sourceUrl: a.sourceUrl,
      notes,
      original: { ...a.original, shareable },
      grading: g.reliability || g.credibility || g.connection ? { reliability: g.reliability, credibility: g.credibility, grade: g.grade, connection: g.connection } : null,
      text: parts(r),
      codeIds: codesOf(ctx, 'article', id),
      caseIds: caseIdsOf(id),
    };
  });

  // Coded segments (highlights), both selectors, after redaction.
  const inScopeArticles = new Set(records.articleIds);
  const highlights = [...inScopeArticles].flatMap((id) => listHighlights(ctx, id)).filter((h) => h.status !== 'orphaned' && (records.highlightIds === null || records.highlightIds.includes(h.id)));
  const order = new Map((records.highlightIds ?? []).map((id, i) => [id, i]));
  if (records.highlightIds) highlights.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
  const segments: ExportSegment[] = highlights.map((h) => {
    const r = redactedArticles.get(h.articleId)!;
    const end = Math.min(h.end, r.text.length);
    const passage = parts(r, h.start, end);
    const flat = (from: number, to: number) => partsOf(r.text, r.spans, mode, from, to).map((p) => p.text).join('');
    return {
      id: h.id,
      articleId: h.articleId,
      status: h.status,
      selector: { start: h.start, end: h.end, exact: passage.map((p) => p.text).join(''), prefix: flat(Math.max(0, h.start - CONTEXT), h.start), suffix: flat(end, end + CONTEXT) },
      passage,
      memo: recordMemo(h.memo),
      codeIds: h.codeIds,
      citation: citationOf(sourceOf(h.articleId), h, ''),
    };
  });

  const figures = records.figures.map((f) => {
    const r = f.articleId ? redactedArticles.get(f.articleId) : undefined;
    const span = f.selector && r ? { start: f.selector.start, end: Math.min(f.selector.end, r.text.length) } : null;
    return {
      id: f.id,
      caseId: f.caseId,
      incidentId: f.incidentId,
      articleId: r ? f.articleId : null,
      reporterId: f.reporterId,
      reporterName: f.reporterName,
      reportedDate: f.reportedDate,
      asOfDate: f.asOfDate,
      outcome: f.outcome,
      group: f.group,
      identity: f.identity,
      identityBasis: f.identityBasis,
      qualifier: f.qualifier,
      min: f.min,
      max: f.max,
      range: '',
      wording: f.wording,
      passage: span && r ? parts(r, span.start, span.end) : null,
      scopePlace: f.scopePlace,
      scopePeriodStart: f.scopePeriodStart,
      scopePeriodEnd: f.scopePeriodEnd,
      countingMethod: f.countingMethod,
      updatesId: f.updatesId,
      memo: recordMemo(f.memo),
      codeIds: f.codeIds,
      citation: citationOf(sourceOf(f.articleId), span, `${f.reporterName}, ${reportedPhrase(f.reportedDate)} (typed in, no source passage)`),
    };
  });
  const reconciliation = reconcile(records.figures);
  const ranges = new Map(reconciliation.rows.flatMap((row) => row.cells.flatMap((c) => [c.latest, ...c.timeline].map((b) => [b.id, b.range] as const))));
  for (const f of figures) f.range = ranges.get(f.id) ?? '';

  // A quote's text is redacted by its own redactions and by those of its article's span (found by their words).
  const quoteRedactions = redactionsOf(ctx, 'quote', quotes.map((q) => q.id));
  const articleRedactions = redactionsOf(ctx, 'article', articleIds);
  const quoteText = (q: Quote) => {
    const fromArticle = (q.articleId && q.selector ? (articleRedactions.get(q.articleId) ?? []) : []).filter((r) => r.end > q.selector!.start && r.start < q.selector!.end);
    const own = [...(quoteRedactions.get(q.id) ?? []), ...fromArticle.map((r) => ({ ...r, start: -1, end: -1 }))];
    return new RedactedText(q.text, (t) => resolveSpans(t, own));
  };
  const exportQuotes = quotes.map((q) => ({
    id: q.id,
    caseId: q.caseId,
    articleId: q.articleId && loaded.has(q.articleId) ? q.articleId : null,
    text: parts(quoteText(q)),
    language: q.language,
    translation: q.translation,
    speakerId: q.speakerId,
    speakerName: q.speakerName,
    speakerDescriptor: q.speakerDescriptor,
    speakerRole: q.speakerRole,
    mode: q.mode,
    date: q.date,
    context: q.context,
    memo: recordMemo(q.memo),
    codeIds: q.codeIds,
    citation: citationOf(sourceOf(q.articleId), q.selector, `${q.speakerName ?? q.speakerDescriptor ?? 'Unnamed speaker'}${q.date ? `, ${q.date}` : ''} (typed in, no source passage)`),
  }));

  const narratives = texts('account_narrative', accounts.map((a) => a.id));
  const translations = texts('account_translation', accounts.map((a) => a.id));
  const exportAccounts: ExportAccount[] = accounts.map((a) => exportAccount(a, rules, withheld, recordMemo, parts(narratives(a.id, a.narrative)), parts(translations(a.id, a.translation))));

  // Witnesses: of the scope and of its exported accounts; public lists only those whose accounts it publishes.
  const witnessIds = [...new Set([...records.witnessIds, ...records.accounts.map((a) => a.witnessId)])];
  const publishedWitnesses = new Set(accounts.map((a) => a.witnessId));
  const witnesses: ExportWitness[] = [];
  for (const id of witnessIds) {
    const w = witnessOf(id);
    if (!rules.identities && w.hasIdentity) withheld.witnessIdentities++;
    if (profile === 'public' && !publishedWitnesses.has(id)) continue;
    let identity: ExportWitness['identity'] = null;
    if (rules.identities && w.hasIdentity && options.readIdentities !== false) {
      const i = getWitnessIdentity(ctx, id);
      identity = { name: i.name, contact: i.contact, exactPlace: i.exactPlace };
    }
    witnesses.push({ id, code: w.code, description: w.description, consent: w.consent, identity });
  }

  // Memos on the articles and cases of the scope, by visibility.
  const caseIds = records.caseIds;
  const memoRows = ctx.db
    .prepare(
      `SELECT id, target_type, target_id, text, visibility, created_at, updated_at FROM memos WHERE deleted_at IS NULL AND (
         (target_type = 'article' AND target_id IN (SELECT value FROM json_each(@articles))) OR (target_type = 'case' AND target_id IN (SELECT value FROM json_each(@cases))))
       ORDER BY target_type, target_id, created_at, id`,
    )
    .all({ articles: JSON.stringify([...inScopeArticles]), cases: JSON.stringify(caseIds) }) as {
    id: string;
    target_type: 'article' | 'case';
    target_id: string;
    text: string;
    visibility: ExportMemo['visibility'];
    created_at: string;
    updated_at: string;
  }[];
  const allowedMemos = memoRows.filter((m) => {
    const ok = allowsMemo(profile, m.visibility);
    if (!ok) withheld.memos++;
    return ok;
  });
  const memoText = texts('memo', allowedMemos.map((m) => m.id));
  const memos: ExportMemo[] = allowedMemos.map((m) => ({
    id: m.id,
    targetType: m.target_type,
    targetId: m.target_id,
    visibility: m.visibility,
    text: parts(memoText(m.id, m.text)),
    createdAt: m.created_at,
    updatedAt: m.updated_at,
  }));

  const cases = caseIds.map((id) => {
    const c = getCase(ctx, id);
    const members = ctx.db.prepare('SELECT article_id FROM case_articles WHERE case_id = ?').pluck().all(id) as string[];
    return { id, title: c.title, description: c.description, articleIds: articleIds.filter((a) => members.includes(a)), codeIds: codesOf(ctx, 'case', id) };
  });

  const incidents = records.incidents.map((i) => ({ ...pick(i), memo: recordMemo(i.memo), codeIds: codesOf(ctx, 'incident', i.id) }));
  const actorIds = [...new Set([...records.actorIds, ...records.figures.map((f) => f.reporterId), ...quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : []))])];
  const actors = actorIds.flatMap((id) => {
    const a = ctx.db.prepare('SELECT 1 FROM actors WHERE id = ? AND deleted_at IS NULL').get(id) ? getActor(ctx, id) : null;
    return a ? [{ id, name: a.name, type: a.type, description: a.description, aliases: a.aliases.map((x) => ({ alias: x.alias, language: x.language })), codeIds: codesOf(ctx, 'actor', id) }] : [];
  });

  const present: Record<string, Set<string>> = {
    article: new Set(articleIds),
    highlight: new Set(segments.map((s) => s.id)),
    case: new Set(caseIds),
    figure: new Set(figures.map((f) => f.id)),
    quote: new Set(exportQuotes.map((q) => q.id)),
    account: accountIds,
    incident: new Set(incidents.map((i) => i.id)),
    actor: new Set(actorIds),
    witness: new Set(witnesses.map((w) => w.id)),
  };
  const links = (ctx.db.prepare('SELECT id, from_type, from_id, to_type, to_id, relation, note FROM links ORDER BY created_at, id').all() as Record<string, string>[])
    .filter((l) => present[l.from_type]?.has(l.from_id) && present[l.to_type]?.has(l.to_id))
    .map((l) => ({ id: l.id, fromType: l.from_type, fromId: l.from_id, toType: l.to_type, toId: l.to_id, relation: l.relation, note: l.note })) as ExportDataset['links'];

  const codes = codesOfDataset(ctx, [
    ...records.codeIds,
    ...articles.flatMap((a) => a.codeIds),
    ...segments.flatMap((s) => s.codeIds),
    ...cases.flatMap((c) => c.codeIds),
    ...figures.flatMap((f) => f.codeIds),
    ...exportQuotes.flatMap((q) => q.codeIds),
    ...exportAccounts.flatMap((a) => a.codeIds),
    ...incidents.flatMap((i) => i.codeIds),
    ...actors.flatMap((a) => a.codeIds),
  ]);

  if (mode === 'replaced') withheld.redactedSpans = redactedIds.size;
  const dataset: ExportDataset = {
    format: EXPORT_DATASET_FORMAT,
    version: EXPORT_DATASET_VERSION,
    profile,
    profileNotice: rules.notice,
    scope,
    title: records.title,
    fileStem: fileStemOf(records.title),
    generatedAt: options.now ?? ctx.now(),
    generator: `Fieldnotes ${APP_VERSION}`,
    articles,
    segments,
    codes,
    cases,
    memos,
    figures,
    reconciliation,
    quotes: exportQuotes,
    actors,
    incidents,
    links,
    witnesses,
    accounts: exportAccounts,
    withheld: { ...withheld, summary: withheldSummary(profile, withheld) },
  };
  const scrubbed = scrubStrings(dataset, withheldWords(ctx, profile, records.accounts));
  // Scrubbing never touches the counts or the structure; the schema check proves the object is whole.
  return ExportDataset.parse({ ...scrubbed, withheld: dataset.withheld, fileStem: dataset.fileStem });
}

const pick = ({ createdAt: _c, updatedAt: _u, memo: _m, ...rest }: import('../../shared/schemas/incident').Incident) => rest;

