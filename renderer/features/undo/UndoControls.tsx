import { modKey } from '../../lib/platform';
import type { UndoStatus } from './useUndoRedo';
import './undo.css';

interface UndoControlsProps {
  status: UndoStatus;
  onUndo: () => void;
  onRedo: () => void;
}

const mod = modKey === '⌘' ? 'Meta' : 'Control';

/**
 * Toolbar buttons that say what they will undo or redo ("Undo: Apply “Alawite”") in their name and
 * tooltip; the toolbar shows only the word (never a record's title cut mid-word), or the arrow alone
 * on narrower windows.
 */
export function UndoControls({ status, onUndo, onRedo }: UndoControlsProps) {
  const undoName = status.undoLabel ? `Undo: ${status.undoLabel}` : 'Undo';
  const redoName = status.redoLabel ? `Redo: ${status.redoLabel}` : 'Redo';
  return (
    <div className="undo-controls" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="btn btn-quiet undo-button"
        disabled={!status.canUndo}
        onClick={onUndo}
        title={`${undoName} (${modKey}+Z)`}
        aria-label={undoName}
        aria-keyshortcuts={`${mod}+Z`}
      >
        <span className="undo-icon" aria-hidden="true">
          ↶
        </span>
        <span className="undo-label">Undo</span>
      </button>
      <button
        type="button"
        className="btn btn-quiet undo-button redo-button"
        disabled={!status.canRedo}
        onClick={onRedo}
        title={`${redoName} (${modKey}+Shift+Z)`}
        aria-label={redoName}
        aria-keyshortcuts={`${mod}+Shift+Z ${mod}+Y`}
      >
        <span className="undo-icon" aria-hidden="true">
          ↷
        </span>
        <span className="undo-label">Redo</span>
      </button>
    </div>
  );
}
