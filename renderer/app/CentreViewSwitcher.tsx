import { isRecordView, RECORD_VIEWS, recordViewLabel, type RecordView } from './recordViews';
import './centreView.css';

/** 'trash' is reached from the library pane and the palette, not from these buttons. */
export type CentreView = 'reader' | 'codebook' | 'reports' | 'figures' | 'quotes' | 'search' | 'trash' | RecordView;

const views: { view: CentreView; label: string }[] = [
  { view: 'reader', label: 'Reader' },
  { view: 'codebook', label: 'Codebook' },
  { view: 'reports', label: 'Reports' },
  { view: 'figures', label: 'Figures' },
  { view: 'quotes', label: 'Quotes' },
  { view: 'search', label: 'Search' },
];

/** The view's name as the switcher shows it ("Trash" for the trash). */
export function viewLabel(view: CentreView): string {
  if (isRecordView(view)) return recordViewLabel[view];
  return views.find((v) => v.view === view)?.label ?? 'Trash';
}

/**
 * What the centre pane shows: the reader, the codebook, the reports, figures, quotes or the search results. Buttons on wide windows,
 * a compact select on narrow ones (the palette reaches the views too).
 */
export function CentreViewSwitcher({ active, onChoose }: { active: CentreView; onChoose: (view: CentreView) => void }) {
  return (
    <>
      <div className="pane-switcher centre-view-buttons" role="group" aria-label="Centre view">
        {views.map(({ view, label }) => (
          <button
            key={view}
            type="button"
            className={active === view ? 'pane-switcher-button is-active' : 'pane-switcher-button'}
            aria-pressed={active === view}
            onClick={() => onChoose(view)}
          >
            {label}
          </button>
        ))}
      </div>
      <label className="centre-view-select">
        <span className="visually-hidden">Centre view</span>
        <select className="input" value={active} onChange={(e) => onChoose(e.target.value as CentreView)}>
          {views.map(({ view, label }) => (
            <option key={view} value={view}>
              {label}
            </option>
          ))}
          {/* The registries are reached from the library's "Records" and the palette; here for narrow windows. */}
          <optgroup label="Records">
            {RECORD_VIEWS.map((view) => (
              <option key={view} value={view}>
                {recordViewLabel[view]}
              </option>
            ))}
          </optgroup>
          {active === 'trash' && <option value="trash">Trash</option>}
        </select>
      </label>
    </>
  );
}
