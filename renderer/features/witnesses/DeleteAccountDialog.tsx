import type { Account } from '../../../src/shared/schemas/witness';
import { formatPublicationDate } from '../../lib/format';
import { MoveToTrashDialog } from '../../ui/dialog/MoveToTrashDialog';
import { useMutate } from '../undo/useMutate';

interface DeleteAccountDialogProps {
  account: Account | null;
  onClose: () => void;
  onDeleted: (account: Account) => void;
}

/** Moves an account to the trash, saying what goes and what stays. */
export function DeleteAccountDialog({ account, onClose, onDeleted }: DeleteAccountDialogProps) {
  const mutate = useMutate();
  const when = account?.interviewDate ? ` of ${formatPublicationDate(account.interviewDate)}` : '';
  return (
    <MoveToTrashDialog
      open={account !== null}
      idPrefix="delete-account"
      noun="account"
      title={account && `Move ${account.witnessCode}’s account${when} to the trash?`}
      goes="the account, its narrative, translation, notes and links."
      stays="the witness, their consent and identifying details, and their other accounts."
      onMove={async () => {
        if (!account) return;
        await mutate('accounts.delete', { id: account.id });
        onDeleted(account);
      }}
      onClose={onClose}
    />
  );
}
