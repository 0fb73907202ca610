import { AppError } from '../../shared/api/errors';
import { boundsOf, parseWording, reconcile, sumFigures, type CountInput } from '../../shared/domain/figures';
import type { CountingMethod, Figure, FigureGroup, FigureSum, IdentityBasis, Outcome, Qualifier, Reconciliation } from '../../shared/schemas/figure';
import { getActor } from './actors';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { defined, IN_CASE, preview, rowSql, selectionIn, selectorOf, SPAN_COLUMNS, spanParams, type SelectorRow } from './evidence-common';
import { getIncident } from './incidents';
import { codesOf } from './tagging';
import { undoable } from './undo';

interface FigureRow extends SelectorRow {
  id: string;
  case_id: string | null;
  incident_id: string | null;
  reporter_id: string;
  reporter_name: string;
  reported_date: string;
  as_of_date: string | null;
  outcome: Outcome;
  group_counted: FigureGroup;
  identity: string | null;
  identity_basis: IdentityBasis | null;
  qualifier: Qualifier;
  min_count: number | null;
  max_count: number | null;
  wording: string;
  scope_place: string;
  scope_period_start: string | null;
  scope_period_end: string | null;
  counting_method: CountingMethod;
  updates_id: string | null;
  memo: string;
  created_at: string;
  updated_at: string;
}

/** The fields of a figure the researcher sets (all but the article span, which is fixed at creation). */
export interface FigureFields {
  caseId?: string | null;
  incidentId?: string | null;
  reporterId?: string;
  reportedDate?: string;
  asOfDate?: string | null;
  outcome?: Outcome;
  group?: FigureGroup;
  identity?: string | null;
  identityBasis?: IdentityBasis | null;
  /** How many, with the source's qualifier; derived from the wording when left out at creation. */
  count?: CountInput;
  wording?: string;
  scopePlace?: string;
  scopePeriodStart?: string | null;
  scopePeriodEnd?: string | null;
  countingMethod?: CountingMethod;
  updatesId?: string | null;
  memo?: string;
}

export type NewFigure = FigureFields & { reporterId: string; reportedDate: string; outcome: Outcome; group: FigureGroup; articleId?: string; start?: number; end?: number; exact?: string };

const SELECT = 'SELECT f.*, a.name AS reporter_name FROM figures f JOIN actors a ON a.id = f.reporter_id';

function toFigure(ctx: ServiceContext, r: FigureRow): Figure {
  return {
    id: r.id,
    caseId: r.case_id,
    incidentId: r.incident_id,
    articleId: r.article_id,
    selector: selectorOf(r),
    anchorStatus: r.anchor_status,
    reporterId: r.reporter_id,
    reporterName: r.reporter_name,
    reportedDate: r.reported_date,
    asOfDate: r.as_of_date,
    outcome: r.outcome,
    group: r.group_counted,
    identity: r.identity,
    identityBasis: r.identity_basis,
    qualifier: r.qualifier,
    min: r.min_count,
    max: r.max_count,
    wording: r.wording,
    scopePlace: r.scope_place,
    scopePeriodStart: r.scope_period_start,
    scopePeriodEnd: r.scope_period_end,
    countingMethod: r.counting_method,
    updatesId: r.updates_id,
    memo: r.memo,
    codeIds: codesOf(ctx, 'figure', r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getFigure(ctx: ServiceContext, id: string): Figure {
  const row = ctx.db.prepare(`${SELECT} WHERE f.id = ? AND f.deleted_at IS NULL`).get(id) as FigureRow | undefined;
  if (!row) throw new AppError('not_found', `No figure with id ${id} in this workspace.`);
  return toFigure(ctx, row);
}

export interface FigureFilter {
  caseId?: string;
  incidentId?: string;
  articleId?: string;
  reporterId?: string;
}

/**
 * Figures, oldest as-of first. In a case: recorded for the case, from one of its articles, or
 * about one of its incidents.
 */
export function listFigures(ctx: ServiceContext, filter: FigureFilter = {}): Figure[] {
  if (filter.caseId) getCase(ctx, filter.caseId);
  if (filter.incidentId) getIncident(ctx, filter.incidentId);
  if (filter.articleId) assertRecord(ctx, 'article', filter.articleId);
  const conditions = ['f.deleted_at IS NULL'];
  if (filter.caseId) conditions.push(`(${IN_CASE('f')} OR f.incident_id IN (SELECT i.id FROM incidents i WHERE i.case_id = @caseId AND i.deleted_at IS NULL))`);
  if (filter.incidentId) conditions.push('f.incident_id = @incidentId');
  if (filter.articleId) conditions.push('f.article_id = @articleId');
  if (filter.reporterId) conditions.push('f.reporter_id = @reporterId');
  const rows = ctx.db
    .prepare(`${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY ifnull(f.as_of_date, f.reported_date), f.reported_date, f.created_at, f.id`)
    .all({ caseId: filter.caseId ?? null, incidentId: filter.incidentId ?? null, articleId: filter.articleId ?? null, reporterId: filter.reporterId ?? null }) as FigureRow[];
  return rows.map((r) => toFigure(ctx, r));
}

function invalid(path: string, message: string): never {
  throw new AppError('invalid_input', `${path}: ${message}`, [{ path, message }]);
}

/** Checks the references and rules that need the database, for a figure as it would be saved. */
function checkFigure(ctx: ServiceContext, f: Figure, id: string | null): void {
  getActor(ctx, f.reporterId);
  if (f.caseId) getCase(ctx, f.caseId);
  if (f.incidentId) getIncident(ctx, f.incidentId);
  if ((f.identity === null) !== (f.identityBasis === null)) invalid(f.identity === null ? 'identity' : 'identityBasis', 'an identity and its basis go together');
  if (f.scopePeriodStart && f.scopePeriodEnd && f.scopePeriodEnd < f.scopePeriodStart) invalid('scopePeriodEnd', 'must not be before scopePeriodStart');
  if (f.asOfDate && f.reportedDate && f.asOfDate > f.reportedDate) invalid('asOfDate', 'a count cannot be as of a date after it was reported');
  if (f.updatesId) {
    if (f.updatesId === id) invalid('updatesId', 'a figure cannot update itself');
    const earlier = getFigure(ctx, f.updatesId);
    if (earlier.reporterId !== f.reporterId) {
      throw new AppError('conflict', `A figure can only update an earlier figure of the same reporter: that one was reported by ${earlier.reporterName}, not by ${getActor(ctx, f.reporterId).name}.`);
    }
    for (let at: string | null = earlier.updatesId, n = 0; at && n < 10_000; n++) {
      if (at === id) throw new AppError('conflict', 'These updates would go round in a circle.');
      at = (ctx.db.prepare('SELECT updates_id FROM figures WHERE id = ?').pluck().get(at) as string | null | undefined) ?? null;
    }
  }
  if (id) {
    const other = ctx.db.prepare(`${SELECT} WHERE f.updates_id = ? AND f.reporter_id <> ? AND f.deleted_at IS NULL`).get(id, f.reporterId) as FigureRow | undefined;
    if (other) throw new AppError('conflict', `A later figure of ${other.reporter_name} updates this one; its reporter must stay ${other.reporter_name}.`);
  }
}

function countFor(fields: FigureFields, fallbackWording: string): CountInput {
  if (fields.count) return fields.count;
  const parsed = parseWording(fields.wording ?? fallbackWording);
  if (!parsed) invalid('count', 'say how many: give the count with its qualifier, or wording with a number such as “over 1,000”');
  return parsed;
}

const FIGURE_SQL = rowSql('figures', {
  case_id: 'caseId', incident_id: 'incidentId', reporter_id: 'reporterId', reported_date: 'reportedDate', as_of_date: 'asOfDate', outcome: 'outcome',
  group_counted: 'group', identity: 'identity', identity_basis: 'identityBasis', qualifier: 'qualifier', min_count: 'min', max_count: 'max', wording: 'wording',
  scope_place: 'scopePlace', scope_period_start: 'scopePeriodStart', scope_period_end: 'scopePeriodEnd', counting_method: 'countingMethod', updates_id: 'updatesId', memo: 'memo',
}, SPAN_COLUMNS);

function params(ctx: ServiceContext, id: string, f: Figure) {
  const { caseId, incidentId, reporterId, reportedDate, asOfDate, outcome, group, identity, identityBasis, qualifier, min, max, wording, scopePlace, scopePeriodStart, scopePeriodEnd, countingMethod, updatesId, memo } = f;
  return { caseId, incidentId, reporterId, reportedDate, asOfDate, outcome, group, identity, identityBasis, qualifier, min, max, wording, scopePlace, scopePeriodStart, scopePeriodEnd, countingMethod, updatesId, memo, id, now: ctx.now() };
}

function merge(base: Figure, fields: FigureFields, fallbackWording: string): Figure {
  const { count: _count, ...rest } = fields;
  const merged: Figure = { ...base, ...defined(rest) } as Figure;
  if (fields.count || base.id === '') {
    const count = countFor(fields, fallbackWording);
    Object.assign(merged, { qualifier: count.qualifier, ...boundsOf(count) });
  }
  if (fields.identity === null && fields.identityBasis === undefined) merged.identityBasis = null;
  return merged;
}

/** Records a figure: from a span of an article (pre-filling the wording) or typed, e.g. from an interview. */
export function createFigure(ctx: ServiceContext, { exact, ...input }: NewFigure): Figure {
  const selector = input.articleId && input.start !== undefined && input.end !== undefined ? selectionIn(ctx, input.articleId, input.start, input.end, exact) : null;
  if (input.articleId) assertRecord(ctx, 'article', input.articleId);
  const now = ctx.now();
  const blank: Figure = {
    id: '', caseId: null, incidentId: null, articleId: input.articleId ?? null, selector, anchorStatus: selector ? 'anchored' : null, reporterId: input.reporterId,
    reporterName: '', reportedDate: input.reportedDate, asOfDate: null, outcome: input.outcome, group: input.group, identity: null, identityBasis: null,
    qualifier: 'exact', min: null, max: null, wording: input.wording ?? selector?.exact ?? '', scopePlace: '', scopePeriodStart: null, scopePeriodEnd: null,
    countingMethod: 'unknown', updatesId: null, memo: '', codeIds: [], createdAt: now, updatedAt: now,
  };
  const figure = merge(blank, input, selector?.exact ?? '');
  checkFigure(ctx, figure, null);
  const what = `${figure.wording || figure.min} ${figure.outcome}`;
  return undoable(ctx, `Record figure “${preview(what)}”`, () => {
    const id = ctx.newId();
    ctx.db
      .prepare(FIGURE_SQL.insert)
      .run({ ...params(ctx, id, figure), ...spanParams(figure.articleId, selector) });
    return getFigure(ctx, id);
  });
}

export function updateFigure(ctx: ServiceContext, id: string, patch: FigureFields): Figure {
  const current = getFigure(ctx, id);
  const figure = merge(current, patch, current.selector?.exact ?? current.wording);
  checkFigure(ctx, figure, id);
  return undoable(ctx, `Edit figure “${preview(current.wording || current.outcome)}”`, () => {
    ctx.db.prepare(FIGURE_SQL.update).run(params(ctx, id, figure));
    return getFigure(ctx, id);
  });
}

export function deleteFigure(ctx: ServiceContext, id: string): { id: string } {
  const current = getFigure(ctx, id);
  return undoable(ctx, `Delete figure “${preview(current.wording || current.outcome)}”`, () => {
    ctx.db.prepare('UPDATE figures SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}

/** The reconciliation table (outcome x group by reporter) with its consistency checks, for a case, an incident, or everything. */
export function reconcileFigures(ctx: ServiceContext, scope: { caseId?: string; incidentId?: string }): Reconciliation {
  return reconcile(listFigures(ctx, scope));
}

/** Adds figures up through the domain rules: one reporter, one outcome, one as-of date, exclusive groups. */
export function sumFigureIds(ctx: ServiceContext, ids: readonly string[]): FigureSum {
  return sumFigures(ids.map((id) => getFigure(ctx, id)));
}
