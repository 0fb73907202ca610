import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';

interface EmptyTrashDialogProps {
  open: boolean;
  /** How many items the trash lists. */
  count: number;
  onClose: () => void;
  onEmpty: () => Promise<unknown>;
}

/** Names how many items go for good before anything is removed. */
export function EmptyTrashDialog({ open, count, onClose, onEmpty }: EmptyTrashDialogProps) {
  const { busy, problem, run } = useBusyAction();

  function empty() {
    void run(
      async () => {
        await onEmpty();
        onClose();
      },
      (error) => `The trash was not emptied: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={open}
      className="dialog-narrow"
      titleId="empty-trash-title"
      title="Empty the trash?"
      describedBy="empty-trash-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      disabled={count === 0}
      confirmLabel={`Remove ${plural(count, 'item')} for good`}
      busyLabel="Emptying…"
      onConfirm={empty}
      onClose={onClose}
    >
      <ul id="empty-trash-what" className="dialog-list">
        <li>
          <strong>{plural(count, 'item')} will be permanently removed.</strong> Articles go with their highlights, memos and original files.
        </li>
        <li>This cannot be undone, and the undo history is cleared with it. Backups made before now still hold them.</li>
      </ul>
    </ConfirmDialog>
  );
}
