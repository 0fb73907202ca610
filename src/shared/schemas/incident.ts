import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/** An incident date is a day (2025-03-07) or, when that is all that is known, a month (2025-03). */
export const DatePrecision = z.enum(['day', 'month']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const IncidentStatus = z.enum(['pending', 'confirmed', 'contested']);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const Incident = z.object({
  id: Uuid,
  caseId: Uuid.nullable(),
  title: z.string(),
  type: z.string(),
  status: IncidentStatus,
  start: z.string().nullable(),
  startPrecision: DatePrecision.nullable(),
  end: z.string().nullable(),
  endPrecision: DatePrecision.nullable(),
  placeNameEn: z.string(),
  placeNameAr: z.string(),
  admin1: z.string(),
  admin2: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  description: z.string(),
  memo: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Incident = z.infer<typeof Incident>;

/** An incident with what is linked to it: figures by their incident, quotes and accounts by links. */
export const IncidentWithEvidence = Incident.extend({
  figureIds: z.array(Uuid),
  quoteIds: z.array(Uuid),
  accountIds: z.array(Uuid),
});
export type IncidentWithEvidence = z.infer<typeof IncidentWithEvidence>;
