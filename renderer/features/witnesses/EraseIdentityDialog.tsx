import { useState } from 'react';
import type { Witness } from '../../../src/shared/schemas/witness';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';

interface EraseIdentityDialogProps {
  open: boolean;
  witness: Witness;
  onClose: () => void;
  onErased: () => void;
}

/** Erases a witness's identifying details for good: says what goes and what stays, and asks for a tick first. */
export function EraseIdentityDialog({ open, witness, onClose, onErased }: EraseIdentityDialogProps) {
  const mutate = useMutate();
  const { busy, problem, run } = useBusyAction();
  const [understood, setUnderstood] = useState(false);

  function close() {
    setUnderstood(false);
    onClose();
  }

  function erase() {
    if (!understood) return;
    void run(
      async () => {
        await mutate('witnesses.identity.erase', { id: witness.id });
        setUnderstood(false);
        onErased();
        onClose();
      },
      (error) => `Nothing was erased: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={open}
      className="dialog-narrow"
      titleId="erase-identity-title"
      title={`Erase the identifying details of ${witness.code}?`}
      describedBy="erase-identity-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      disabled={!understood}
      confirmLabel="Erase for good"
      busyLabel="Erasing…"
      onConfirm={erase}
      onClose={close}
    >
      <ul id="erase-identity-what" className="dialog-list">
        <li>
          <strong>Erased for good:</strong> the name, contact and exact place. They do not go to the trash and this cannot be undone; backups made before now still hold them.
        </li>
        <li>
          <strong>Stays:</strong> the witness as {witness.code}, their consent and their {witness.accountCount === 1 ? 'account' : 'accounts'}.
        </li>
      </ul>
      <label className="choice">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <span>I understand this cannot be undone.</span>
      </label>
    </ConfirmDialog>
  );
}
