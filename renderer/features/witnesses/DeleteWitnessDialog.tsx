import type { Witness } from '../../../src/shared/schemas/witness';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { TRASH_DAYS } from '../trash/impactText';
import { useMutate } from '../undo/useMutate';

interface DeleteWitnessDialogProps {
  witness: Witness | null;
  onClose: () => void;
  onDeleted: (witness: Witness) => void;
}

/** Moves a witness to the trash with their accounts, saying first how many go with them. */
export function DeleteWitnessDialog({ witness, onClose, onDeleted }: DeleteWitnessDialogProps) {
  const mutate = useMutate();
  const { busy, problem, run } = useBusyAction();

  function remove() {
    if (!witness) return;
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
      confirmLabel="Move to trash"
      busyLabel="Moving…"
      onConfirm={remove}
      onClose={onClose}
    >
      {witness && (
        <ul id="delete-witness-what" className="dialog-list">
          <li>
            <strong>Goes to the trash:</strong> {witness.code}, with {witness.accountCount > 0 && `their ${plural(witness.accountCount, 'account')}, `}their consent and identifying
            details. The code is never given to another witness.
          </li>
          <li>You can restore them{witness.accountCount > 0 && ' with their accounts'} for {TRASH_DAYS} days, or undo this.</li>
        </ul>
      )}
    </ConfirmDialog>
  );
}
