import type { DatePrecision, Incident, IncidentStatus } from '../../../src/shared/schemas/incident';

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['pending', 'confirmed', 'contested'];

export const statusLabel: Record<IncidentStatus, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  contested: 'Contested',
};

export const statusHint: Record<IncidentStatus, string> = {
  pending: 'Not yet verified.',
  confirmed: 'Verified against independent sources.',
  contested: 'Sources disagree on what happened.',
};

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "7 Mar 2025" for a day, "March 2025" for a month; the text as it is when it is neither. */
export function formatIncidentDate(value: string | null, precision?: DatePrecision | null): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
  if (Number.isNaN(date.getTime())) return value;
  return (precision ?? (match[3] ? 'day' : 'month')) === 'day' ? dayFormat.format(date) : monthFormat.format(date);
}

/** When an incident happened, as words: "7 Mar 2025", "7 Mar 2025 – 9 Mar 2025", or "Undated". */
export function incidentWhen(incident: Pick<Incident, 'start' | 'startPrecision' | 'end' | 'endPrecision'>): string {
  const start = formatIncidentDate(incident.start, incident.startPrecision);
  const end = formatIncidentDate(incident.end, incident.endPrecision);
  if (!start && !end) return 'Undated';
  if (!end || end === start) return start || `until ${end}`;
  return start ? `${start} – ${end}` : `until ${end}`;
}

/** The place in English and Arabic, as one line ("Baniyas · بانياس"). */
export function incidentPlace(incident: Pick<Incident, 'placeNameEn' | 'placeNameAr'>): string {
  return [incident.placeNameEn, incident.placeNameAr].filter((s) => s.trim()).join(' · ');
}
