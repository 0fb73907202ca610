import type { SavedSearch } from '../../../src/shared/schemas/search';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useSavedSearches } from './useSavedSearches';

interface DeleteSavedSearchDialogProps {
  target: SavedSearch | null;
  onClose: () => void;
}

/** Says what goes (the saved search only) and what stays (everything it finds); offers to undo. */
export function DeleteSavedSearchDialog({ target, onClose }: DeleteSavedSearchDialogProps) {
  const { create, remove } = useSavedSearches();
  const { notify } = useNotices();
  const { busy, problem, run } = useBusyAction();

  function confirm() {
    if (!target) return;
    void run(
      async () => {
        await remove(target.id);
        const { name, query, filters } = target;
        notify({
          tone: 'success',
          title: `Deleted the saved search “${name}”.`,
          action: {
            label: 'Undo',
            run: () => void create(name, query, filters).catch((error: unknown) => notify({ tone: 'error', title: 'The saved search could not be restored.', detail: errorMessage(error) })),
          },
        });
        onClose();
      },
      (error) => `The saved search was not deleted: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={target !== null}
      className="dialog-narrow"
      titleId="delete-saved-title"
      title={
        target && (
          <>
            Delete the saved search “<bdi>{target.name}</bdi>”?
          </>
        )
      }
      describedBy="delete-saved-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      confirmLabel="Delete saved search"
      busyLabel="Deleting…"
      onConfirm={confirm}
      onClose={onClose}
    >
      {target && (
        <p id="delete-saved-what" className="dialog-text">
          Only the saved search goes: its name, its words (<bdi className="mono">{target.query}</bdi>) and its filters. Nothing it finds changes.
        </p>
      )}
    </ConfirmDialog>
  );
}
