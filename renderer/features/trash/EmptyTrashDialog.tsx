import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';

interface EmptyTrashDialogProps {
  open: boolean;
  /** How many items the trash lists. */
  count: number;
  /** Codes of the witnesses in the trash: their identifying details stay in older backups unless erased from them first. */
  witnessCodes: readonly string[];
  onClose: () => void;
  onEmpty: () => Promise<unknown>;
}

/** Names how many items go for good before anything is removed. */
export function EmptyTrashDialog({ open, count, witnessCodes, onClose, onEmpty }: EmptyTrashDialogProps) {
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
        {witnessCodes.length > 0 && (
          <li>
            <strong>Witnesses:</strong> the identifying details of {witnessCodes.join(', ')} are erased from the workspace, but not from those backups. To erase them from the
            backups too, use “Erase details…” on {witnessCodes.length === 1 ? 'that row' : 'those rows'} first.
          </li>
        )}
      </ul>
    </ConfirmDialog>
  );
}
