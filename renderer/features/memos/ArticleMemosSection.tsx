import { MemoList } from './MemoList';

/** Inspector: memos on the selected article as a whole (a highlight's memo lives on the highlight). */
export function ArticleMemosSection({ articleId }: { articleId: string }) {
  return (
    <section className="inspector-section" aria-labelledby="article-memos-heading">
      <h3 id="article-memos-heading" className="inspector-section-title">
        Memos
      </h3>
      <MemoList key={articleId} targetType="article" targetId={articleId} label="Memos on this article" />
    </section>
  );
}
