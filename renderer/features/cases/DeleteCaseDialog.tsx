import type { Case } from '../../../src/shared/schemas/case';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';

interface DeleteCaseDialogProps {
  target: Case | null;
  onClose: () => void;
  onDeleted: (deleted: Case) => void;
}

/** Says exactly what goes (the case, its description and memos) and what stays (its articles). */
export function DeleteCaseDialog({ target, onClose, onDeleted }: DeleteCaseDialogProps) {
  const mutate = useMutate();
  const { busy, problem, run } = useBusyAction();

  function remove() {
    if (!target) return;
    void run(
      async () => {
        await mutate('cases.delete', { id: target.id });
        onDeleted(target);
        onClose();
      },
      (error) => `The case was not deleted: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={target !== null}
      className="dialog-narrow"
      titleId="delete-case-title"
      title={target && <>Delete the case “{target.title}”?</>}
      describedBy="delete-case-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      confirmLabel="Delete case"
      busyLabel="Deleting…"
      onConfirm={remove}
      onClose={onClose}
    >
      {target && (
        <>
          <ul id="delete-case-what" className="dialog-list">
            <li>
              <strong>Goes to the trash:</strong> the case, its description and its memos.
            </li>
            <li>
              <strong>Stays:</strong> its {plural(target.articleCount, 'article')}, in the library and in any other case, with their highlights and memos.
            </li>
          </ul>
          <p className="dialog-text">You can undo this right after.</p>
        </>
      )}
    </ConfirmDialog>
  );
}
