import { useState } from 'react';
import type { SavedSearch } from '../../../src/shared/schemas/search';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useModalDialog } from '../importing/useModalDialog';
import { useSavedSearches } from './useSavedSearches';
import '../cases/dialog-form.css';

interface DeleteSavedSearchDialogProps {
  target: SavedSearch | null;
  onClose: () => void;
}

/** Says what goes (the saved search only) and what stays (everything it finds); offers to undo. */
export function DeleteSavedSearchDialog({ target, onClose }: DeleteSavedSearchDialogProps) {
  const { create, remove } = useSavedSearches();
  const { notify } = useNotices();
  const dialogRef = useModalDialog(target !== null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    if (!target || busy) return;
    setBusy(true);
    setProblem(null);
    try {
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
    } catch (error) {
      setProblem(`The saved search was not deleted: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-narrow" aria-labelledby="delete-saved-title" aria-describedby="delete-saved-what" onClose={onClose}>
      {target && (
        <div className="dialog-form">
          <header className="dialog-header">
            <h2 id="delete-saved-title" className="dialog-title">
              Delete the saved search “<bdi>{target.name}</bdi>”?
            </h2>
          </header>
          <p id="delete-saved-what" className="dialog-text">
            Only the saved search goes: its name, its words (<bdi className="mono">{target.query}</bdi>) and its filters. Nothing it finds
            changes.
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" onClick={confirm} disabled={busy}>
              {busy ? 'Deleting…' : 'Delete saved search'}
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
