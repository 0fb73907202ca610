import type { ActorType } from '../../../src/shared/schemas/actor';

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'armed_group', 'place'];

export const actorTypeLabel: Record<ActorType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  armed_group: 'Armed group',
  place: 'Place',
};

