import { normalizeAlias } from '../../../src/shared/domain/aliases';
import type { Actor, ActorType } from '../../../src/shared/schemas/actor';

export const ACTOR_TYPE_LABEL: Record<ActorType, string> = {
  person: 'person',
  organisation: 'organisation',
  armed_group: 'armed group',
  place: 'place',
};

/** One row of the actor picker: a registered actor (with the alias that matched) or "add as new". */
export type ActorOption = { kind: 'actor'; actor: Actor; matched: string | null } | { kind: 'create'; name: string; type: ActorType };

const MAX_SHOWN = 8;

/**
 * Actors whose name or an alias contains the typed words (through the one alias normalisation:
 * "al Shara" finds "Ahmad al-Sharaa"), whole-name matches first; then "add as new" choices when
 * nothing matches the name exactly.
 */
export function actorOptions(actors: readonly Actor[], query: string, newTypes: readonly ActorType[]): ActorOption[] {
  const q = normalizeAlias(query);
  const scored: { actor: Actor; matched: string | null; rank: number }[] = [];
  for (const actor of actors) {
    if (!q) {
      scored.push({ actor, matched: null, rank: 2 });
      continue;
    }
    const names = [actor.name, ...actor.aliases.map((a) => a.alias)];
    let best: { matched: string | null; rank: number } | null = null;
    for (const [i, name] of names.entries()) {
      const n = normalizeAlias(name);
      const rank = n === q ? 0 : n.startsWith(q) || n.includes(` ${q}`) ? 1 : q.split(' ').every((w) => n.includes(w)) ? 2 : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { matched: i === 0 ? null : name, rank };
    }
    if (best) scored.push({ actor, ...best });
  }
  scored.sort((a, b) => a.rank - b.rank || a.actor.name.localeCompare(b.actor.name));
  const options: ActorOption[] = scored.slice(0, MAX_SHOWN).map(({ actor, matched }) => ({ kind: 'actor', actor, matched }));
  const name = query.trim();
  if (name && !scored.some((s) => s.rank === 0)) options.push(...newTypes.map((type) => ({ kind: 'create' as const, name, type })));
  return options;
}
