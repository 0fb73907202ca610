import type { Article } from '../../../src/shared/schemas/article';
import { formatCount, formatPublicationDate, languageName } from '../../lib/format';

interface ArticleHeadingProps {
  article: Article;
  highlightCount?: number;
  onCorrectText?: () => void;
}

/** Title and byline: publisher, date, author, language, as the metadata says; and the text's actions. */
export function ArticleHeading({ article, highlightCount = 0, onCorrectText }: ArticleHeadingProps) {
  const published = formatPublicationDate(article.publishedAt, 'long');
  const source = [article.publisher, published].filter(Boolean);
  return (
    <header className="reader-heading">
      {source.length > 0 && (
        <p className="reader-source">
          {article.publisher && <span dir="auto">{article.publisher}</span>}
          {article.publisher && published && <span aria-hidden="true"> · </span>}
          {published && <time dateTime={article.publishedAt ?? undefined}>{published}</time>}
        </p>
      )}
      <h1 className="reader-title" dir="auto">
        {article.title || 'Untitled'}
      </h1>
      <div className="reader-byline-row">
        <p className="reader-byline">
          {article.author && (
            <>
              By <span dir="auto">{article.author}</span>
              <span aria-hidden="true"> · </span>
            </>
          )}
          {languageName(article.language)}
          {highlightCount > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span data-testid="highlight-count">
                {formatCount(highlightCount)} {highlightCount === 1 ? 'highlight' : 'highlights'}
              </span>
            </>
          )}
        </p>
        {onCorrectText && (
          <button type="button" className="btn btn-small btn-quiet reader-correct" onClick={onCorrectText}>
            Correct text…
          </button>
        )}
      </div>
    </header>
  );
}
