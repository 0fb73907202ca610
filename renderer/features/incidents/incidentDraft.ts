import type { MethodInput } from '../../../src/shared/api/contract';
import type { DatePrecision, Incident, IncidentStatus } from '../../../src/shared/schemas/incident';

/** The incident form as typed: every field a string, so half-typed values survive until saved. */
export interface IncidentDraft {
  title: string;
  type: string;
  status: IncidentStatus;
  caseId: string;
  startPrecision: DatePrecision;
  start: string;
  endPrecision: DatePrecision;
  end: string;
  placeNameEn: string;
  placeNameAr: string;
  admin1: string;
  admin2: string;
  lat: string;
  lon: string;
  description: string;
}

export type IncidentField = keyof IncidentDraft;
export type IncidentErrors = Partial<Record<IncidentField, string>>;

/** Fields the API may name in its messages, as the form shows them. */
export const INCIDENT_FIELDS: readonly string[] = ['title', 'type', 'status', 'caseId', 'start', 'end', 'placeNameEn', 'placeNameAr', 'admin1', 'admin2', 'lat', 'lon', 'description'];

export function newIncidentDraft(caseId: string | null): IncidentDraft {
  return {
    title: '',
    type: '',
    status: 'pending',
    caseId: caseId ?? '',
    startPrecision: 'day',
    start: '',
    endPrecision: 'day',
    end: '',
    placeNameEn: '',
    placeNameAr: '',
    admin1: '',
    admin2: '',
    lat: '',
    lon: '',
    description: '',
  };
}

export function draftFromIncident(incident: Incident): IncidentDraft {
  return {
    title: incident.title,
    type: incident.type,
    status: incident.status,
    caseId: incident.caseId ?? '',
    startPrecision: incident.startPrecision ?? 'day',
    start: incident.start ?? '',
    endPrecision: incident.endPrecision ?? 'day',
    end: incident.end ?? '',
    placeNameEn: incident.placeNameEn,
    placeNameAr: incident.placeNameAr,
    admin1: incident.admin1,
    admin2: incident.admin2,
    lat: incident.lat === null ? '' : String(incident.lat),
    lon: incident.lon === null ? '' : String(incident.lon),
    description: incident.description,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function dateProblem(value: string, precision: DatePrecision): string | undefined {
  if (!value) return undefined;
  if (precision === 'day' && !DAY.test(value)) return 'Give a day, like 2025-03-07, or choose “month” if only the month is known.';
  if (precision === 'month' && !MONTH.test(value)) return 'Give a month, like 2025-03.';
  return undefined;
}

function coordinate(value: string): number | null {
  return value.trim() === '' ? null : Number(value.trim().replace(',', '.'));
}

/** What the form can tell before asking the core: a title, dates of the chosen precision, coordinates in range. */
export function validateIncident(draft: IncidentDraft): IncidentErrors {
  const errors: IncidentErrors = {};
  if (!draft.title.trim()) errors.title = 'Give the incident a title, for example “Raid on al-Mukhtariya”.';
  errors.start = dateProblem(draft.start, draft.startPrecision);
  errors.end = dateProblem(draft.end, draft.endPrecision);
  const common = Math.min(draft.start.length, draft.end.length);
  if (!errors.start && !errors.end && draft.start && draft.end && draft.end.slice(0, common) < draft.start.slice(0, common)) errors.end = 'The end is before the start.';
  const lat = coordinate(draft.lat);
  const lon = coordinate(draft.lon);
  if (lat !== null && !(lat >= -90 && lat <= 90)) errors.lat = 'Latitude is a number from -90 to 90, like 35.18.';
  if (lon !== null && !(lon >= -180 && lon <= 180)) errors.lon = 'Longitude is a number from -180 to 180, like 35.94.';
  if (!errors.lat && !errors.lon && (lat === null) !== (lon === null)) errors[lat === null ? 'lat' : 'lon'] = 'Give both coordinates, or neither.';
  for (const key of Object.keys(errors) as IncidentField[]) if (!errors[key]) delete errors[key];
  return errors;
}

/** Every field, as the API takes it (create, or a full patch). */
export function incidentInput(draft: IncidentDraft): MethodInput<'incidents.create'> {
  return {
    title: draft.title.trim(),
    type: draft.type.trim(),
    status: draft.status,
    caseId: draft.caseId || null,
    start: draft.start || null,
    end: draft.end || null,
    placeNameEn: draft.placeNameEn.trim(),
    placeNameAr: draft.placeNameAr.trim(),
    admin1: draft.admin1.trim(),
    admin2: draft.admin2.trim(),
    lat: coordinate(draft.lat),
    lon: coordinate(draft.lon),
    description: draft.description,
  };
}

/** Whether the form differs from the stored incident. */
export function incidentChanged(draft: IncidentDraft, incident: Incident): boolean {
  return JSON.stringify(incidentInput(draft)) !== JSON.stringify(incidentInput(draftFromIncident(incident)));
}
