import { ItemCodes } from './ItemCodes';

/** Codes on the article as a whole (tags.apply with itemType "article"), as chips with the picker. */
export function ArticleCodes({ articleId }: { articleId: string }) {
  return (
    <section className="inspector-section" aria-labelledby="article-codes-heading">
      <h3 id="article-codes-heading" className="inspector-section-title">
        Article codes
      </h3>
      <ItemCodes
        itemType="article"
        itemId={articleId}
        labelledBy="article-codes-heading"
        label="Add a code to this article"
        emptyText="Codes for the article as a whole"
        testId="article-codes"
      />
    </section>
  );
}
