import { z } from 'zod';
import { ShortText, Uuid } from '../../schemas/common';
import { Link, LinkableType, LinkRelation } from '../../schemas/evidence';
import { Incident, IncidentStatus, IncidentWithEvidence } from '../../schemas/incident';

const Description = z.string().max(20_000);

/** A day (2025-03-07) or a month (2025-03), a real calendar date. */
const IncidentDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, { message: 'must be a day like 2025-03-07 or a month like 2025-03' })
  .refine((s) => s.length === 7 || z.iso.date().safeParse(s).success, { message: 'is not a date in the calendar' });
const Line = (max: number) => ShortText(max);
const IncidentFields = {
  caseId: Uuid.nullable(),
  title: Line(500).refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
  type: Line(200),
  status: IncidentStatus,
  start: IncidentDate.nullable(),
  end: IncidentDate.nullable(),
  placeNameEn: Line(300),
  placeNameAr: Line(300),
  admin1: Line(200),
  admin2: Line(200),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  description: Description,
  memo: z.string().max(100_000),
};

/** Incidents of a case on a timeline, and links between any two records. */
export const incidentMethods = {
  'incidents.list': {
    summary: 'Incidents by date, optionally of one case or status.',
    input: z.object({ caseId: Uuid.optional(), status: IncidentStatus.optional() }).strict(),
    output: z.object({ incidents: z.array(Incident) }),
  },
  'incidents.get': {
    summary: 'One incident with its figures and linked quotes and accounts.',
    input: z.object({ id: Uuid }).strict(),
    output: IncidentWithEvidence,
  },
  'incidents.create': {
    summary: 'Record an incident: title, start and end (day or month), place in English and Arabic, type, status.',
    input: z.object(IncidentFields).partial().extend({ title: IncidentFields.title }).strict(),
    output: Incident,
  },
  'incidents.update': {
    summary: 'Change an incident.',
    input: z.object({ id: Uuid, patch: z.object(IncidentFields).partial().strict() }).strict(),
    output: Incident,
  },
  'incidents.delete': {
    summary: 'Move an incident to the trash.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
  'incidents.timeline': {
    summary: 'The incidents of a case by date (undated last), with how many figures, quotes and accounts each has.',
    input: z.object({ caseId: Uuid }).strict(),
    output: z.object({
      items: z.array(z.object({ incident: Incident, figures: z.number().int(), quotes: z.number().int(), accounts: z.number().int() })),
    }),
  },
  'links.list': {
    summary: 'The links of a record (corroborates, contradicts, relates to), either way round.',
    input: z.object({ type: LinkableType, id: Uuid }).strict(),
    output: z.object({ links: z.array(Link) }),
  },
  'links.create': {
    summary: 'Link two records of any type: corroborates, contradicts or relates to.',
    input: z.object({ fromType: LinkableType, fromId: Uuid, toType: LinkableType, toId: Uuid, relation: LinkRelation, note: z.string().max(20_000).optional() }).strict(),
    output: Link,
  },
  'links.delete': {
    summary: 'Remove a link.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
} as const;
