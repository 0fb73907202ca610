import { formatCount, plural } from '../../lib/format';
import { useTrashList } from './useTrash';
import './trash.css';

interface TrashEntryProps {
  /** The trash view is showing. */
  active: boolean;
  onOpen: () => void;
}

/** The bottom of the library pane: "Trash" with how many items it holds; opens the trash view. */
export function TrashEntry({ active, onOpen }: TrashEntryProps) {
  const { items, loaded } = useTrashList();
  const count = items.length;
  return (
    <div className="trash-entry-bar">
      <button
        type="button"
        className={active ? 'trash-entry is-active' : 'trash-entry'}
        aria-pressed={active}
        aria-label={loaded ? `Trash, ${count ? plural(count, 'item') : 'empty'}` : 'Trash'}
        onClick={onOpen}
      >
        <span className="trash-entry-icon" aria-hidden="true" />
        <span className="trash-entry-label">Trash</span>
        <span className="trash-entry-count" aria-hidden="true">
          {loaded && count > 0 ? formatCount(count) : ''}
        </span>
      </button>
    </div>
  );
}
