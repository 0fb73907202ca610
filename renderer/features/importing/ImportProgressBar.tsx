import type { ImportProgress } from './useImporter';

/** "Importing 3 of 7…" with the file's name, a bar and Cancel (which stops the file being read and the ones after it). */
export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress | null; onCancel: () => void }) {
  if (!progress) return null;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-text">
        <span className="import-progress-count">
          {progress.total > 1 ? `Importing ${progress.current} of ${progress.total}…` : 'Importing…'}
        </span>
        <span className="import-progress-file" dir="auto" title={progress.fileName}>
          {progress.fileName}
        </span>
      </div>
      {progress.total > 1 && (
        <progress className="import-progress-bar" max={progress.total} value={progress.current - 1} aria-label="Import progress" />
      )}
      <button type="button" className="btn btn-small" onClick={onCancel} disabled={progress.cancelling}>
        {progress.cancelling ? 'Stopping…' : 'Cancel'}
      </button>
    </div>
  );
}
