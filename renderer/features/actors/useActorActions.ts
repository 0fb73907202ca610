import { useCallback, useState } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { useUndoNotice } from './useUndoNotice';

/** The new, merge and delete dialogs of the actor view, and a notice with Undo after each merge or delete. */
export function useActorActions(select: (id: string | null) => void) {
  const undoNotice = useUndoNotice();
  const [creating, setCreating] = useState(false);
  const [merging, setMerging] = useState<Actor | null>(null);
  const [deleting, setDeleting] = useState<Actor | null>(null);

  const onCreated = useCallback((actor: Actor) => select(actor.id), [select]);
  const onMerged = useCallback(
    (into: Actor, from: Actor) => {
      select(into.id);
      undoNotice(`Merged “${from.name}” into “${into.name}”.`, `Merge “${from.name}” into “${into.name}”`);
    },
    [select, undoNotice],
  );
  const onDeleted = useCallback(
    (actor: Actor) => {
      select(null);
      undoNotice(`Moved the actor “${actor.name}” to the trash.`, `Delete actor “${actor.name}”`);
    },
    [select, undoNotice],
  );

  return { creating, merging, deleting, setCreating, setMerging, setDeleting, onCreated, onMerged, onDeleted };
}
