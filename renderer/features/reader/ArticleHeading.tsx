import type { Article } from '../../../src/shared/schemas/article';
import { formatPublicationDate, languageName } from '../../lib/format';

/** Title and byline: publisher, date, author, language, as the metadata says. */
export function ArticleHeading({ article }: { article: Article }) {
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
      <p className="reader-byline">
        {article.author && (
          <>
            By <span dir="auto">{article.author}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        {languageName(article.language)}
      </p>
    </header>
  );
}
