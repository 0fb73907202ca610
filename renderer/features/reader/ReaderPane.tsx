import type { Article } from '../../../src/shared/schemas/article';
import { ReaderDocument } from './ReaderDocument';
import './reader.css';
import './highlights.css';

export const READER_ID = 'reader';

interface ReaderPaneProps {
  article: Article | null;
  loading: boolean;
  error: string | null;
  /** Opens the text correction dialog for the open article. */
  onCorrectText?: () => void;
}

/** Centre pane: the article's title, byline and reading text at a comfortable measure, with its highlights. */
export function ReaderPane({ article, loading, error, onCorrectText }: ReaderPaneProps) {
  return (
    <section className="pane reader-pane" aria-label="Reader">
      <div id={READER_ID} className="reader-scroll" tabIndex={0} aria-busy={loading} aria-label={article ? `Reading: ${article.title}` : 'Reader'}>
        {error ? (
          <div className="reader-placeholder" role="alert">
            <p className="reader-placeholder-title">This article could not be opened.</p>
            <p>{error}</p>
          </div>
        ) : article ? (
          <ReaderDocument key={article.id} article={article} readerId={READER_ID} onCorrectText={onCorrectText} />
        ) : (
          <div className="reader-placeholder">
            <p className="reader-placeholder-title">{loading ? 'Opening…' : 'No article open'}</p>
            {!loading && (
              <p>
                Select an article in the library and press <kbd>Enter</kbd> to read it here.
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
