import type { Account } from '../../../src/shared/schemas/witness';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { formatPublicationDate } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';

interface DeleteAccountDialogProps {
  account: Account | null;
  onClose: () => void;
  onDeleted: (account: Account) => void;
}

/** Moves an account to the trash, saying what goes and what stays. */
export function DeleteAccountDialog({ account, onClose, onDeleted }: DeleteAccountDialogProps) {
  const mutate = useMutate();
  const { busy, problem, run } = useBusyAction();

  function remove() {
    if (!account) return;
    void run(
      async () => {
        await mutate('accounts.delete', { id: account.id });
        onDeleted(account);
        onClose();
      },
      (error) => `The account was not moved to the trash: ${errorMessage(error)}`,
    );
  }

  const when = account?.interviewDate ? ` of ${formatPublicationDate(account.interviewDate)}` : '';
  return (
    <ConfirmDialog
      open={account !== null}
      className="dialog-narrow"
      titleId="delete-account-title"
      title={account && `Move ${account.witnessCode}’s account${when} to the trash?`}
      describedBy="delete-account-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      confirmLabel="Move to trash"
      busyLabel="Moving…"
      onConfirm={remove}
      onClose={onClose}
    >
      <ul id="delete-account-what" className="dialog-list">
        <li>
          <strong>Goes to the trash:</strong> the account, its narrative, translation, notes and links.
        </li>
        <li>
          <strong>Stays:</strong> the witness, their consent and identifying details, and their other accounts.
        </li>
        <li>You can restore it from the trash, or undo right after.</li>
      </ul>
    </ConfirmDialog>
  );
}
