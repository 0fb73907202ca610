import './centreView.css';

export type CentreView = 'reader' | 'codebook' | 'reports';

const views: { view: CentreView; label: string }[] = [
  { view: 'reader', label: 'Reader' },
  { view: 'codebook', label: 'Codebook' },
  { view: 'reports', label: 'Reports' },
];

/**
 * What the centre pane shows: the reader, the codebook or the reports. Buttons on wide windows,
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
        </select>
      </label>
    </>
  );
}
