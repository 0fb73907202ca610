import type { PaneName } from './paneLayout';

const panes: { pane: PaneName; label: string }[] = [
  { pane: 'library', label: 'Library' },
  { pane: 'reader', label: 'Reader' },
  { pane: 'inspector', label: 'Inspector' },
];

/** On a narrow window one pane shows at a time; these buttons choose which. */
export function PaneSwitcher({ active, onChoose }: { active: PaneName; onChoose: (pane: PaneName) => void }) {
  return (
    <div className="pane-switcher" role="group" aria-label="Show pane">
      {panes.map(({ pane, label }) => (
        <button
          key={pane}
          type="button"
          className={active === pane ? 'pane-switcher-button is-active' : 'pane-switcher-button'}
          aria-pressed={active === pane}
          onClick={() => onChoose(pane)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
