import { useCallback } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { openFigureDialog } from '../figures/figureDialogStore';
import { useAnnotations } from '../highlights/AnnotationContext';
import { useMutate } from '../undo/useMutate';
import { openQuoteDialog } from './quoteDialogStore';

/**
 * "Figure" and "Quote" for the reader's selected text. A figure opens its form pre-filled from the
 * wording; a quote is recorded at once through quotes.createFromSelection (which pre-fills the
 * words without quote marks, the language, direct or relayed and the speaker named nearby) and
 * then opened for review.
 */
export function useSelectionEvidence() {
  const { article, readerSelection } = useAnnotations();
  const mutate = useMutate();
  const { notify } = useNotices();

  const figure = useCallback(() => {
    if (article && readerSelection) openFigureDialog({ kind: 'new', article, span: readerSelection });
  }, [article, readerSelection]);

  const quote = useCallback(async () => {
    if (!article || !readerSelection) return;
    try {
      const created = await mutate('quotes.createFromSelection', { articleId: article.id, start: readerSelection.start, end: readerSelection.end, exact: readerSelection.exact });
      openQuoteDialog({ kind: 'edit', quote: created, fresh: true });
    } catch (error) {
      notify({ tone: 'error', title: 'The quote was not recorded.', detail: errorMessage(error) });
    }
  }, [article, readerSelection, mutate, notify]);

  return { figure, quote, available: article !== null && readerSelection !== null };
}
