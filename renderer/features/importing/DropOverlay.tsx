import { supportedTypesInWords } from './importRules';

/** Shown over the whole window while files are dragged onto it. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">Drop to import</p>
        <p className="drop-overlay-detail">{supportedTypesInWords} files. The originals are kept unchanged.</p>
      </div>
    </div>
  );
}
