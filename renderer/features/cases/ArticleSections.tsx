import type { Case } from '../../../src/shared/schemas/case';
import { ArticleMemosSection } from '../memos/ArticleMemosSection';
import { ArticleCasesSection } from './ArticleCasesSection';

/** The inspector's sections for the selected article that this feature adds: its cases and its memos. */
export function ArticleSections({ articleId, cases, onNewCase }: { articleId: string; cases: Case[]; onNewCase: () => void }) {
  return (
    <>
      <ArticleCasesSection articleId={articleId} cases={cases} onNewCase={onNewCase} />
      <ArticleMemosSection articleId={articleId} />
    </>
  );
}
