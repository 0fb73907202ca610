import { Fragment, memo } from 'react';
import { splitParagraphs } from './paragraphs';

/**
 * The reading text, one <p dir="auto"> per paragraph so each takes the direction of its own first
 * strong character: Arabic paragraphs read right to left, English left to right, in one article.
 */
export const ArticleText = memo(function ArticleText({ text }: { text: string }) {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return <p className="reader-empty-text">This article has no reading text.</p>;
  return (
    <div className="reader-text">
      {paragraphs.map((lines, i) => (
        <p key={i} dir="auto">
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
});
