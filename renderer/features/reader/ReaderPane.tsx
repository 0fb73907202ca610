import type { Article } from '../../../src/shared/schemas/article';
import { ArticleText } from './ArticleText';
import { ArticleHeading } from './ArticleHeading';
import { formatCount } from '../../lib/format';
import './reader.css';

export const READER_ID = 'reader';

interface ReaderPaneProps {
  article: Article | null;
  loading: boolean;
  error: string | null;
}

/** Centre pane: the article's title, byline and reading text at a comfortable measure. */
export function ReaderPane({ article, loading, error }: ReaderPaneProps) {
  return (
    <section className="pane reader-pane" aria-label="Reader">
      <div id={READER_ID} className="reader-scroll" tabIndex={0} aria-busy={loading} aria-label={article ? `Reading: ${article.title}` : 'Reader'}>
        {error ? (
          <div className="reader-placeholder" role="alert">
            <p className="reader-placeholder-title">This article could not be opened.</p>
            <p>{error}</p>
          </div>
        ) : article ? (
          <article className="reader-article" lang={article.language}>
            <ArticleHeading article={article} />
            <ArticleText text={article.text} />
            <footer className="reader-footnote">
              {formatCount(article.charCount)} characters of reading text, extracted at import and never changed.
            </footer>
          </article>
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
