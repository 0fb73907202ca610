import { AppError } from '../../shared/api/errors';
import type { DatePrecision, Incident, IncidentStatus, IncidentWithEvidence } from '../../shared/schemas/incident';
import { getCase } from './cases';
import { cachedStatement } from '../db/statements';
import type { ServiceContext } from './context';
import { preview, rowSql } from './evidence-common';
import { linkedIds } from './links';
import { undoable } from './undo';

interface IncidentRow {
  id: string;
  case_id: string | null;
  title: string;
  type: string;
  status: IncidentStatus;
  start_date: string | null;
  start_precision: DatePrecision | null;
  end_date: string | null;
  end_precision: DatePrecision | null;
  place_name_en: string;
  place_name_ar: string;
  admin1: string;
  admin2: string;
  lat: number | null;
  lon: number | null;
  description: string;
  memo: string;
  created_at: string;
  updated_at: string;
}

export interface IncidentFields {
  caseId?: string | null;
  title?: string;
  type?: string;
  status?: IncidentStatus;
  /** A day (2025-03-07) or a month (2025-03); the precision follows from the form. */
  start?: string | null;
  end?: string | null;
  placeNameEn?: string;
  placeNameAr?: string;
  admin1?: string;
  admin2?: string;
  lat?: number | null;
  lon?: number | null;
  description?: string;
  memo?: string;
}

const precisionOf = (date: string | null): DatePrecision | null => (date === null ? null : date.length === 7 ? 'month' : 'day');

function toIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    type: r.type,
    status: r.status,
    start: r.start_date,
    startPrecision: r.start_precision,
    end: r.end_date,
    endPrecision: r.end_precision,
    placeNameEn: r.place_name_en,
    placeNameAr: r.place_name_ar,
    admin1: r.admin1,
    admin2: r.admin2,
    lat: r.lat,
    lon: r.lon,
    description: r.description,
    memo: r.memo,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getIncident(ctx: ServiceContext, id: string): Incident {
  const row = ctx.db.prepare('SELECT * FROM incidents WHERE id = ? AND deleted_at IS NULL').get(id) as IncidentRow | undefined;
  if (!row) throw new AppError('not_found', `No incident with id ${id} in this workspace.`);
  return toIncident(row);
}

/** The figures of an incident (by their incident) and the quotes and accounts linked to it. */
function evidenceIds(ctx: ServiceContext, id: string): Pick<IncidentWithEvidence, 'figureIds' | 'quoteIds' | 'accountIds'> {
  const figureIds = cachedStatement(ctx.db, 'SELECT id FROM figures WHERE incident_id = ? AND deleted_at IS NULL ORDER BY created_at, id', { pluck: true }).all(id) as string[];
  return { figureIds, quoteIds: linkedIds(ctx, 'incident', id, 'quote'), accountIds: linkedIds(ctx, 'incident', id, 'account') };
}

/** An incident with its figures and the quotes and accounts linked to it. */
export function getIncidentWithEvidence(ctx: ServiceContext, id: string): IncidentWithEvidence {
  return { ...getIncident(ctx, id), ...evidenceIds(ctx, id) };
}

export function listIncidents(ctx: ServiceContext, filter: { caseId?: string; status?: IncidentStatus } = {}): Incident[] {
  if (filter.caseId) getCase(ctx, filter.caseId);
  const rows = ctx.db
    .prepare(
      `SELECT * FROM incidents WHERE deleted_at IS NULL AND (@caseId IS NULL OR case_id = @caseId) AND (@status IS NULL OR status = @status)
       ORDER BY start_date IS NULL, start_date, title COLLATE NOCASE, id`,
    )
    .all({ caseId: filter.caseId ?? null, status: filter.status ?? null }) as IncidentRow[];
  return rows.map(toIncident);
}

/** The incidents of a case by date (undated last), with how much evidence each has. */
export function incidentTimeline(ctx: ServiceContext, caseId: string): { incident: Incident; figures: number; quotes: number; accounts: number }[] {
  return listIncidents(ctx, { caseId }).map((incident) => {
    const e = evidenceIds(ctx, incident.id);
    return { incident, figures: e.figureIds.length, quotes: e.quoteIds.length, accounts: e.accountIds.length };
  });
}

function checkFields(merged: Required<Pick<IncidentFields, 'start' | 'end' | 'lat' | 'lon'>>): void {
  if ((merged.lat === null) !== (merged.lon === null)) {
    throw new AppError('invalid_input', 'Give both latitude and longitude, or neither.', [{ path: merged.lat === null ? 'lat' : 'lon', message: 'needs its pair' }]);
  }
  if (merged.start !== null && merged.end !== null && merged.end.localeCompare(merged.start.slice(0, merged.end.length)) < 0) {
    throw new AppError('invalid_input', `The incident ends (${merged.end}) before it starts (${merged.start}).`, [{ path: 'end', message: 'must not be before start' }]);
  }
}

const INCIDENT_SQL = rowSql('incidents', {
  case_id: 'caseId', title: 'title', type: 'type', status: 'status', start_date: 'start', start_precision: 'startPrecision', end_date: 'end', end_precision: 'endPrecision',
  place_name_en: 'placeNameEn', place_name_ar: 'placeNameAr', admin1: 'admin1', admin2: 'admin2', lat: 'lat', lon: 'lon', description: 'description', memo: 'memo',
});

function params(ctx: ServiceContext, id: string, f: Incident) {
  const { caseId, title, type, status, start, end, placeNameEn, placeNameAr, admin1, admin2, lat, lon, description, memo } = f;
  return { caseId, title, type, status, start, startPrecision: precisionOf(start), end, endPrecision: precisionOf(end), placeNameEn, placeNameAr, admin1, admin2, lat, lon, description, memo, id, now: ctx.now() };
}

export function createIncident(ctx: ServiceContext, input: IncidentFields & { title: string }): Incident {
  if (input.caseId) getCase(ctx, input.caseId);
  const now = ctx.now();
  const draft: Incident = {
    ...toIncident({
      id: '', case_id: null, title: input.title.trim(), type: '', status: 'pending', start_date: null, start_precision: null, end_date: null, end_precision: null,
      place_name_en: '', place_name_ar: '', admin1: '', admin2: '', lat: null, lon: null, description: '', memo: '', created_at: now, updated_at: now,
    }),
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    title: input.title.trim(),
  };
  checkFields(draft);
  return undoable(ctx, `Add incident “${preview(draft.title)}”`, () => {
    const id = ctx.newId();
    ctx.db.prepare(INCIDENT_SQL.insert).run(params(ctx, id, draft));
    return getIncident(ctx, id);
  });
}

export function updateIncident(ctx: ServiceContext, id: string, patch: IncidentFields): Incident {
  const current = getIncident(ctx, id);
  if (patch.caseId) getCase(ctx, patch.caseId);
  const merged: Incident = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  merged.title = merged.title.trim();
  checkFields(merged);
  return undoable(ctx, `Edit incident “${preview(current.title)}”`, () => {
    ctx.db.prepare(INCIDENT_SQL.update).run(params(ctx, id, merged));
    return getIncident(ctx, id);
  });
}

/** Moves an incident to the trash; its figures keep their incident until it is purged. */
export function deleteIncident(ctx: ServiceContext, id: string): { id: string } {
  const current = getIncident(ctx, id);
  return undoable(ctx, `Delete incident “${preview(current.title)}”`, () => {
    ctx.db.prepare('UPDATE incidents SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}
