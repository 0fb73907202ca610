import type { Witness } from '../../../src/shared/schemas/witness';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';

interface DeleteWitnessDialogProps {
  witness: Witness | null;
  onClose: () => void;
  onDeleted: (witness: Witness) => void;
}

/** Moves a witness to the trash; refused while they have accounts (those go first). */
export function DeleteWitnessDialog({ witness, onClose, onDeleted }: DeleteWitnessDialogProps) {
  const mutate = useMutate();
  const { busy, problem, run } = useBusyAction();
  const blocked = witness !== null && witness.accountCount > 0;

  function remove() {
    if (!witness || blocked) return;
    void run(
      async () => {
        await mutate('witnesses.delete', { id: witness.id });
        onDeleted(witness);
        onClose();
      },
      (error) => `The witness was not moved to the trash: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={witness !== null}
      className="dialog-narrow"
      titleId="delete-witness-title"
      title={witness && `Move ${witness.code} to the trash?`}
      describedBy="delete-witness-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      disabled={blocked}
      confirmLabel="Move to trash"
      busyLabel="Moving…"
      onConfirm={remove}
      onClose={onClose}
    >
      {witness && (
        <ul id="delete-witness-what" className="dialog-list">
          {blocked ? (
            <li>
              {witness.code} has {plural(witness.accountCount, 'account')}. Move those to the trash first, or keep the witness.
            </li>
          ) : (
            <>
              <li>
                <strong>Goes to the trash:</strong> {witness.code}, with their consent and identifying details. The code is never given to another witness.
              </li>
              <li>You can restore them from the trash.</li>
            </>
          )}
        </ul>
      )}
    </ConfirmDialog>
  );
}
