import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/** Who or what the actor registry holds: persons, organisations (e.g. SOHR), armed groups, places. */
export const ActorType = z.enum(['person', 'organisation', 'armed_group', 'place']);
export type ActorType = z.infer<typeof ActorType>;

/** A name an actor is known by, in any script or transliteration ("al Shara", "أحمد الشرع"). */
export const ActorAlias = z.object({
  id: Uuid,
  alias: z.string(),
  /** BCP 47 tag of the alias's language or script, when the researcher gave one. */
  language: z.string().nullable(),
});
export type ActorAlias = z.infer<typeof ActorAlias>;

export const Actor = z.object({
  id: Uuid,
  name: z.string(),
  type: ActorType,
  description: z.string(),
  aliases: z.array(ActorAlias),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Actor = z.infer<typeof Actor>;

/** An actor found by alias matching: exact (the whole name matches) or partial (every word of the query). */
export const ActorMatch = z.object({ actor: Actor, matched: z.string(), kind: z.enum(['exact', 'partial']) });
export type ActorMatch = z.infer<typeof ActorMatch>;
