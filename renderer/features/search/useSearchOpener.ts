import { TYPE_LABELS } from './searchQuery';
import { useCallback, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { SearchResult } from '../../../src/shared/schemas/search';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import type { SearchHit } from './OpenSearchHit';
import { resultKey } from './searchQuery';
import { setActiveResult } from './searchStore';

interface SearchOpenerOptions {
  /** Opens an article in the reader (and focuses it). */
  openArticle: (articleId: string) => void;
  /** Opens an article and selects one of its highlights. */
  openSegment: (articleId: string, highlightId: string) => void;
  selectCase: (caseId: string | null) => void;
  focusCases: () => void;
  cases: readonly Case[];
}

/**
 * Opening a search result, by type: an article opens at the match (selected, scrolled to, flashed);
 * a highlight opens its article with the highlight selected; a memo opens its article, or selects
 * its case; a case is selected in the library. `hit` is for <OpenSearchHit>.
 */
export function useSearchOpener({ openArticle, openSegment, selectCase, focusCases, cases }: SearchOpenerOptions) {
  const client = useClient();
  const { notify } = useNotices();
  const [hit, setHit] = useState<SearchHit | null>(null);
  const done = useCallback(() => setHit(null), []);

  const showCase = useCallback(
    (caseId: string) => {
      selectCase(caseId);
      focusCases();
    },
    [selectCase, focusCases],
  );

  /** The case a memo is on (search results say only that it is not on an article). */
  const caseOfMemo = useCallback(
    async (memoId: string) => {
      const lists = await Promise.all(cases.map((c) => client.call('memos.list', { targetType: 'case', targetId: c.id }).then((r) => ({ c, memos: r.memos }))));
      return lists.find(({ memos }) => memos.some((m) => m.id === memoId))?.c ?? null;
    },
    [client, cases],
  );

  const open = useCallback(
    (result: SearchResult) => {
      setActiveResult(resultKey(result));
      const span = result.articleId && result.start !== null && result.end !== null ? { articleId: result.articleId, start: result.start, end: result.end } : null;
      if (result.type === 'article' && result.articleId) {
        setHit(span && { ...span, select: true });
        openArticle(result.articleId);
      } else if (result.type === 'highlight' && result.articleId) {
        setHit(span && { ...span, select: false });
        openSegment(result.articleId, result.id);
      } else if (result.type === 'memo' && result.articleId) {
        openArticle(result.articleId);
      } else if (result.type === 'memo') {
        caseOfMemo(result.id)
          .then((c) => (c ? showCase(c.id) : notify({ tone: 'warning', title: 'The case of this memo is no longer listed.', detail: 'It may have been moved to the trash.' })))
          .catch((error: unknown) => notify({ tone: 'error', title: 'The memo could not be opened.', detail: errorMessage(error) }));
      } else if (result.type === 'case') {
        showCase(result.id);
      } else if (result.articleId) {
        // Evidence drawn from an article (figures, quotes): open the article at its words.
        setHit(span && { ...span, select: true });
        openArticle(result.articleId);
      } else {
        notify({ tone: 'info', title: `Open the ${TYPE_LABELS[result.type].many} view to see this ${TYPE_LABELS[result.type].one.toLowerCase()}.`, detail: result.title });
      }
    },
    [openArticle, openSegment, caseOfMemo, showCase, notify],
  );

  return { hit, done, open };
}
