import type { ReactNode } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from './ConfirmDialog';

interface MoveToTrashDialogProps {
  open: boolean;
  /** Prefix for the dialog's element ids, e.g. "delete-incident". */
  idPrefix: string;
  title: ReactNode;
  /** The record in words, for the failure message ("incident"). */
  noun: string;
  goes: ReactNode;
  stays: ReactNode;
  /** Moves the record to the trash; the dialog closes when it succeeds. */
  onMove: () => Promise<void>;
  onClose: () => void;
}

/** Asks before a record goes to the trash, saying what goes and what stays. */
export function MoveToTrashDialog({ open, idPrefix, title, noun, goes, stays, onMove, onClose }: MoveToTrashDialogProps) {
  const { busy, problem, run } = useBusyAction();
  const remove = () =>
    void run(
      async () => {
        await onMove();
        onClose();
      },
      (error) => `The ${noun} was not moved to the trash: ${errorMessage(error)}`,
    );
  return (
    <ConfirmDialog
      open={open}
      className="dialog-narrow"
      titleId={`${idPrefix}-title`}
      title={title}
      describedBy={`${idPrefix}-what`}
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      confirmLabel="Move to trash"
      busyLabel="Moving…"
      onConfirm={remove}
      onClose={onClose}
    >
      <ul id={`${idPrefix}-what`} className="dialog-list">
        <li>
          <strong>Goes to the trash:</strong> {goes}
        </li>
        <li>
          <strong>Stays:</strong> {stays}
        </li>
        <li>You can restore it from the trash, or undo right after.</li>
      </ul>
    </ConfirmDialog>
  );
}
