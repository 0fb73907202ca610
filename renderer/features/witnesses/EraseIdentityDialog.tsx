import { useState } from 'react';
import type { Witness } from '../../../src/shared/schemas/witness';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useLiveQuery } from '../actors/useLiveQuery';
import { useMutate } from '../undo/useMutate';

interface EraseIdentityDialogProps {
  open: boolean;
  /** A live witness, or one in the trash (whose details can still be erased). */
  witness: Pick<Witness, 'id' | 'code' | 'accountCount'>;
  onClose: () => void;
  /** After the erasure, with how many backups it was erased from. */
  onErased: (backupsRewritten: number) => void;
}

/**
 * Erases a witness's identifying details for good: says what goes and what stays, how many backups
 * made before still hold the details, and asks for a tick first. Erasing them from those backups
 * too is ticked by default: whoever erases the details means them to be gone, and a backup that
 * still holds them would bring them back on restore. Untick it to keep the backups as they are
 * (a backup kept for a legal hold, say).
 */
export function EraseIdentityDialog({ open, witness, onClose, onErased }: EraseIdentityDialogProps) {
  const client = useClient();
  const mutate = useMutate();
  const { busy, problem, setProblem, run } = useBusyAction();
  const [understood, setUnderstood] = useState(false);
  const [fromBackups, setFromBackups] = useState(true);
  const held = useLiveQuery(open ? `identity-backups|${witness.id}` : null, () => client.call('witnesses.identity.backups', { id: witness.id }));
  const backups = held.data?.backups ?? 0;

  function close() {
    setUnderstood(false);
    setFromBackups(true);
    onClose();
  }

  function erase() {
    if (!understood) return;
    void run(
      async () => {
        const result = await mutate('witnesses.identity.erase', { id: witness.id, fromBackups: fromBackups && backups > 0 });
        if (result.backupsFailed.length) {
          // The workspace no longer holds them; say plainly which files still may.
          setProblem(`The details were erased from the workspace, but these backups could not be rewritten and may still hold them: ${result.backupsFailed.join(', ')}.`);
          return;
        }
        close();
        onErased(result.backupsRewritten);
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
      disabled={!understood || !held.loaded}
      confirmLabel="Erase for good"
      busyLabel="Erasing…"
      onConfirm={erase}
      onClose={close}
    >
      <ul id="erase-identity-what" className="dialog-list">
        <li>
          <strong>Erased for good:</strong> the name, contact and exact place, overwritten in the workspace files. They do not go to the trash and this cannot be undone.
        </li>
        <li>
          <strong>Stays:</strong> the witness as {witness.code}, their consent and their {witness.accountCount === 1 ? 'account' : 'accounts'}. The history records that the
          details were erased, never what they were.
        </li>
        <li id="erase-identity-backups">
          {!held.loaded
            ? 'Checking the backups…'
            : backups === 0
              ? 'No backup holds these details.'
              : `${plural(backups, 'backup')} made before now still ${backups === 1 ? 'holds' : 'hold'} these details: restoring ${backups === 1 ? 'it' : 'one'} would bring them back.`}
        </li>
      </ul>
      {backups > 0 && (
        <label className="choice">
          <input type="checkbox" checked={fromBackups} aria-describedby="erase-identity-backups" onChange={(e) => setFromBackups(e.target.checked)} />
          <span>
            Also erase them from {backups === 1 ? 'that backup (it is rewritten without them, then checked)' : `every one of those ${backups} backups (each is rewritten without them, then checked)`}
          </span>
        </label>
      )}
      <label className="choice">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <span>I understand this cannot be undone.</span>
      </label>
    </ConfirmDialog>
  );
}
