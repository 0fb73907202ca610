import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { TextField } from '../../ui/form/TextField';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { toApiFilters, type SearchFilterState } from './searchQuery';
import { useSavedSearches } from './useSavedSearches';

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
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { busy, run } = useBusyAction();

  useEffect(() => {
    if (!open) return;
    setName(text.trim().slice(0, 200));
    setError(undefined);
  }, [open, text]);

  function save() {
    if (busy) return;
    if (!name.trim()) {
      setError('Give the search a name, for example “Alawite victims, Arabic sources”.');
      return;
    }
    void run(
      async () => {
        const saved = await create(name.trim(), text, toApiFilters(filters));
        notify({ tone: 'success', title: `Saved the search “${saved.name}”.`, detail: 'It is in the library, under Saved searches.' });
        onClose();
      },
      (failure) => {
        setError(`The search was not saved: ${errorMessage(failure)}`);
        return null;
      },
    );
  }

  return (
    <ConfirmDialog
      open={open}
      className="dialog-narrow"
      titleId="save-search-title"
      title="Save search"
      subtitle={
        <>
          <bdi className="save-search-query">{text.trim()}</bdi>
          {filterWords.length > 0 ? `, ${filterWords.join(', ')}` : ', no filters'}
        </>
      }
      busy={busy}
      confirmLabel="Save search"
      busyLabel="Saving…"
      onConfirm={save}
      onClose={onClose}
    >
      <TextField id="save-search-name" label="Name" error={error} dir="auto" autoComplete="off" maxLength={200} value={name} autoFocus onValue={setName} />
    </ConfirmDialog>
  );
}
