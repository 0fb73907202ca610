import type { Actor } from '../../../src/shared/schemas/actor';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';
import { useMergeImpact } from './useMergeImpact';

interface DeleteActorDialogProps {
  actor: Actor | null;
  onClose: () => void;
  onDeleted: (actor: Actor) => void;
  /** Figures or quotes refer to it: offer the merge instead. */
  onMergeInstead: (actor: Actor) => void;
}

/** Moves an actor to the trash, saying what goes; refused while figures or quotes name it (merge instead). */
export function DeleteActorDialog({ actor, onClose, onDeleted, onMergeInstead }: DeleteActorDialogProps) {
  const mutate = useMutate();
  const impact = useMergeImpact(actor?.id ?? null);
  const { busy, problem, run } = useBusyAction();
  const used = impact.data ? impact.data.figures + impact.data.quotes > 0 : false;

  function remove() {
    if (!actor) return;
    if (used) return onMergeInstead(actor);
    void run(
      async () => {
        await mutate('actors.delete', { id: actor.id });
        onDeleted(actor);
        onClose();
      },
      (error) => `The actor was not deleted: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={actor !== null}
      className="dialog-narrow"
      titleId="delete-actor-title"
      title={actor && <>Delete “<bdi>{actor.name}</bdi>”?</>}
      describedBy="delete-actor-what"
      busy={busy}
      problem={problem ?? impact.error}
      cancelFirst
      tone={used ? 'primary' : 'danger'}
      disabled={!impact.data}
      confirmLabel={used ? 'Merge into…' : 'Delete actor'}
      busyLabel="Deleting…"
      onConfirm={remove}
      onClose={onClose}
    >
      {actor && impact.data && (
        <ul id="delete-actor-what" className="dialog-list">
          {used ? (
            <li>
              It is the reporter of {plural(impact.data.figures, 'figure')} and the speaker of {plural(impact.data.quotes, 'quote')}, so it cannot be deleted. If it is the same
              as another actor, merge it into that one.
            </li>
          ) : (
            <>
              <li>
                <strong>Goes to the trash:</strong> the actor, its description and its {plural(actor.aliases.length, 'alias', 'aliases')}.
              </li>
              {impact.data.links > 0 && (
                <li>
                  <strong>Stay with it:</strong> its {plural(impact.data.links, 'link')} to other records, restored if the actor is.
                </li>
              )}
              <li>You can undo this right after.</li>
            </>
          )}
        </ul>
      )}
    </ConfirmDialog>
  );
}
