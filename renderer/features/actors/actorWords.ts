import type { ActorType } from '../../../src/shared/schemas/actor';

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'armed_group', 'place'];

export const actorTypeLabel: Record<ActorType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  armed_group: 'Armed group',
  place: 'Place',
};

/** Lower-case, for sentences ("a person", "an armed group"). */
export function actorTypeWithArticle(type: ActorType): string {
  const word = actorTypeLabel[type].toLowerCase();
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
