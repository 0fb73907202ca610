import { formatCount } from '../../lib/format';
import './records.css';

export interface RecordEntry<V extends string> {
  view: V;
  label: string;
  /** How many there are, once known. */
  count: number | null;
}

interface RecordsSectionProps<V extends string> {
  entries: readonly RecordEntry<V>[];
  /** The view the centre pane shows, so its entry reads as current. */
  active: string;
  onOpen: (view: V) => void;
}

/** The library's "Records": the evidence record types (actors, incidents, witnesses, …), each opening its list. */
export function RecordsSection<V extends string>({ entries, active, onOpen }: RecordsSectionProps<V>) {
  return (
    <nav className="records-section" aria-labelledby="records-heading">
      <div className="pane-title-row">
        <h2 id="records-heading" className="pane-title">
          Records
        </h2>
      </div>
      <ul className="records-list">
        {entries.map((entry) => (
          <li key={entry.view}>
            <button
              type="button"
              className="records-entry"
              aria-current={active === entry.view ? 'page' : undefined}
              aria-label={entry.count === null ? entry.label : `${entry.label}, ${formatCount(entry.count)}`}
              onClick={() => onOpen(entry.view)}
            >
              <span className="records-entry-label">{entry.label}</span>
              <span className="records-entry-count" aria-hidden="true">
                {entry.count === null ? '' : formatCount(entry.count)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
