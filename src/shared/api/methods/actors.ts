import { z } from 'zod';
import { normalizeAlias } from '../../domain/aliases';
import { Actor, ActorMatch, ActorType } from '../../schemas/actor';
import { LanguageTag, ShortText, Uuid } from '../../schemas/common';

/** A name or alias: one line, with at least one letter or digit once normalised ("al-" alone is not a name). */
const Name = ShortText(300).refine((s) => normalizeAlias(s) !== '', { message: 'must contain letters or digits' });
const AliasInput = z
  .union([Name, z.object({ alias: Name, language: LanguageTag.optional() }).strict()])
  .transform((a) => (typeof a === 'string' ? { alias: a } : a));
const Description = z.string().max(20_000);

/** The actor registry (persons, organisations, armed groups, places) with aliases in any script. */
export const actorMethods = {
  'actors.list': {
    summary: 'Actors by name, optionally of one type and matching words of a name or alias.',
    input: z.object({ type: ActorType.optional(), filter: z.string().max(500).optional() }).strict(),
    output: z.object({ actors: z.array(Actor) }),
  },
  'actors.get': {
    summary: 'One actor with its aliases.',
    input: z.object({ id: Uuid }).strict(),
    output: Actor,
  },
  'actors.create': {
    summary: 'Register an actor (e.g. SOHR, organisation) with aliases in any script or transliteration.',
    input: z.object({ name: Name, type: ActorType, description: Description.optional(), aliases: z.array(AliasInput).max(200).optional() }).strict(),
    output: Actor,
  },
  'actors.update': {
    summary: 'Rename an actor, change its type or description.',
    input: z.object({ id: Uuid, patch: z.object({ name: Name, type: ActorType, description: Description }).partial().strict() }).strict(),
    output: Actor,
  },
  'actors.delete': {
    summary: 'Move an actor to the trash (refused while figures or quotes refer to it: merge instead).',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
  'actors.addAlias': {
    summary: 'Add an alias ("Ahmed al-Sharaa", "أحمد الشرع") to an actor, optionally with its language.',
    input: z.object({ actorId: Uuid, alias: Name, language: LanguageTag.optional() }).strict(),
    output: Actor,
  },
  'actors.removeAlias': {
    summary: 'Remove an alias from an actor.',
    input: z.object({ actorId: Uuid, aliasId: Uuid }).strict(),
    output: Actor,
  },
  'actors.merge': {
    summary: 'Merge two actors that are the same: names, aliases, figures, quotes and links move to the target.',
    input: z.object({ sourceId: Uuid, targetId: Uuid }).strict(),
    output: Actor,
  },
  'actors.match': {
    summary: 'Actors a name may refer to, through the alias normalisation (case, hyphens, al-/el-, Arabic variants).',
    input: z.object({ name: z.string().max(300) }).strict(),
    output: z.object({ matches: z.array(ActorMatch) }),
  },
} as const;
