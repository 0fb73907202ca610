import { modKey } from '../../lib/platform';
import { supportedTypesInWords } from './importRules';

interface EmptyLibraryProps {
  loadingDemo: boolean;
  onImportFiles: () => void;
  onPasteText: () => void;
  onLoadDemo: () => void;
}

/** What the centre shows while the library has no articles: how to bring some in. */
export function EmptyLibrary({ loadingDemo, onImportFiles, onPasteText, onLoadDemo }: EmptyLibraryProps) {
  return (
    <div className="empty-library" role="region" aria-labelledby="empty-library-title">
      <div className="empty-library-card">
        <h1 id="empty-library-title" className="empty-library-title">
          Your library is empty
        </h1>
        <p className="empty-library-text">
          Bring in the news articles you are documenting. Drop files anywhere on this window ({supportedTypesInWords}), choose
          them with <strong>Import files…</strong>, or paste an article’s text. Each original is kept unchanged, with its
          SHA-256, on this computer only.
        </p>
        <div className="empty-library-actions">
          <button type="button" className="btn btn-primary" onClick={onImportFiles}>
            Import files…
          </button>
          <button type="button" className="btn" onClick={onPasteText}>
            Paste text…
          </button>
        </div>
        <div className="empty-library-demo">
          <p>
            New to Fieldnotes? Load a small demo case: articles about the killings in Syria’s coastal region in March 2025.
          </p>
          <button type="button" className="btn" onClick={onLoadDemo} disabled={loadingDemo}>
            {loadingDemo ? 'Loading the demo case…' : 'Load the demo case'}
          </button>
        </div>
        <p className="empty-library-hint">
          Press <kbd>{modKey}</kbd> <kbd>K</kbd> for every command.
        </p>
      </div>
    </div>
  );
}
