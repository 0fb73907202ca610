import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useMutate } from '../undo/useMutate';
import { describeCompanions, type DeleteImpact } from './impactText';

/** The little the trash flow needs to know about an article. */
export interface ArticleRef {
  id: string;
  title: string;
}

interface ArticleDeletionOptions {
  /** The library list as shown, so the selection can move on to the next article. */
  items: readonly ArticleRef[];
  onSelect: (id: string | null) => void;
}

/** The article after `id` in the list, else the one before it, else none. */
export function neighbourOf(items: readonly ArticleRef[], id: string): string | null {
  const at = items.findIndex((a) => a.id === id);
  if (at === -1) return null;
  return items[at + 1]?.id ?? items[at - 1]?.id ?? null;
}

/**
 * "Move to trash…": which article the confirmation asks about, and what happens after: the
 * selection moves to the next article and a notice offers to restore it.
 */
export function useArticleDeletion({ items, onSelect }: ArticleDeletionOptions) {
  const mutate = useMutate();
  const { notify } = useNotices();
  const [target, setTarget] = useState<ArticleRef | null>(null);
  const latestItems = useRef(items);
  useLayoutEffect(() => {
    latestItems.current = items;
  });

  const restore = useCallback(
    async (article: ArticleRef) => {
      try {
        await mutate('trash.restore', { type: 'article', id: article.id });
        onSelect(article.id);
        notify({ tone: 'success', title: `Restored “${article.title}”.`, detail: 'Its highlights and memos are back with it.' });
      } catch (error) {
        notify({ tone: 'error', title: `“${article.title}” could not be restored.`, detail: `${errorMessage(error)} It may still be in the trash.` });
      }
    },
    [mutate, notify, onSelect],
  );

  const onDeleted = useCallback(
    (article: ArticleRef, impact: DeleteImpact) => {
      onSelect(neighbourOf(latestItems.current, article.id));
      const companions = describeCompanions(impact);
      notify({
        tone: 'success',
        title: `Moved “${article.title}” to the trash.`,
        detail: `${companions ? `${companions} ` : ''}Open the trash from the bottom of the library to restore it later.`,
        action: { label: 'Restore', run: () => void restore(article) },
      });
    },
    [notify, onSelect, restore],
  );

  return {
    target,
    request: useCallback((article: ArticleRef) => setTarget({ id: article.id, title: article.title }), []),
    /** The same for an article of the library list, by id (the Delete key). */
    requestById: useCallback((id: string) => {
      const article = latestItems.current.find((a) => a.id === id);
      if (article) setTarget({ id: article.id, title: article.title });
    }, []),
    close: useCallback(() => setTarget(null), []),
    onDeleted,
  };
}

export type ArticleDeletion = ReturnType<typeof useArticleDeletion>;
