import type { Command } from '../features/palette/commandTypes';
import { FIND_ACTOR_ID } from '../features/actors/FindActor';
import type { CentreView } from './CentreViewSwitcher';

/** Focus an element of a view that is about to be shown (after React has rendered it). */
function focusAfterRender(id: string) {
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
}

/** Palette commands for the registries: actors, incidents and the case timeline, witnesses. */
export function recordCommands(showView: (view: CentreView) => void): Command[] {
  return [
    { id: 'view-actors', label: 'Open actors', keywords: 'actor registry persons organisations armed groups places aliases merge', run: () => showView('actors') },
    {
      id: 'find-actor',
      label: 'Find actor…',
      keywords: 'alias name spelling transliteration arabic match who',
      run: () => {
        showView('actors');
        focusAfterRender(FIND_ACTOR_ID);
      },
    },
    { id: 'view-incidents', label: 'Open incidents', keywords: 'incident events timeline case dates places status', run: () => showView('incidents') },
    { id: 'view-witnesses', label: 'Open witnesses', keywords: 'witness eyewitness accounts testimony interviews consent protection', run: () => showView('witnesses') },
  ];
}
