import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useModalDialog } from '../importing/useModalDialog';
import { FormField } from '../inspector/FormField';
import { toApiFilters, type SearchFilterState } from './searchQuery';
import { useSavedSearches } from './useSavedSearches';
import '../cases/dialog-form.css';

interface SaveSearchDialogProps {
  open: boolean;
  text: string;
  filters: SearchFilterState;
  /** The filters in words, to show what is saved. */
  filterWords: string[];
  onClose: () => void;
}

/** Names the current search (its words and filters) and saves it to the library's "Saved searches". */
export function SaveSearchDialog({ open, text, filters, filterWords, onClose }: SaveSearchDialogProps) {
  const { create } = useSavedSearches();
  const { notify } = useNotices();
  const dialogRef = useModalDialog(open);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setName(text.trim().slice(0, 200));
    setError(undefined);
  }, [open, text]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setError('Give the search a name, for example “Alawite victims, Arabic sources”.');
      return;
    }
    setBusy(true);
    try {
      const saved = await create(name.trim(), text, toApiFilters(filters));
      notify({ tone: 'success', title: `Saved the search “${saved.name}”.`, detail: 'It is in the library, under Saved searches.' });
      onClose();
    } catch (failure) {
      setError(`The search was not saved: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-narrow" aria-labelledby="save-search-title" onClose={onClose}>
      {open && (
        <form className="dialog-form" onSubmit={submit} noValidate>
          <header className="dialog-header">
            <h2 id="save-search-title" className="dialog-title">
              Save search
            </h2>
            <p className="dialog-subtitle">
              <bdi className="save-search-query">{text.trim()}</bdi>
              {filterWords.length > 0 ? `, ${filterWords.join(', ')}` : ', no filters'}
            </p>
          </header>
          <FormField id="save-search-name" label="Name" error={error}>
            {(describedBy, invalid) => (
              <input
                id="save-search-name"
                className="input"
                dir="auto"
                autoComplete="off"
                maxLength={200}
                value={name}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                autoFocus
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </FormField>
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save search'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
