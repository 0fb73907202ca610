import { useCallback } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { openFigureDialog } from '../figures/figureDialogStore';
import { useAnnotations } from '../highlights/AnnotationContext';
import { askBeforeDuplicate } from '../recorded/duplicateStore';
import { recordedOver, recordedSpans, type RecordedKind } from '../recorded/recordedSpans';
import { useMutate } from '../undo/useMutate';
import { openQuoteDialog } from './quoteDialogStore';

/**
 * "Figure" and "Quote" for the reader's selected text. A figure opens its form pre-filled from the
 * wording; a quote is recorded at once through quotes.createFromSelection (which pre-fills the
 * words without quote marks, the language, direct or relayed and the speaker named nearby) and
 * then opened for review. Over text that already has a figure (or quote), it asks first.
 */
export function useSelectionEvidence() {
  const { article, readerSelection } = useAnnotations();
  const mutate = useMutate();
  const { notify } = useNotices();
  const client = useClient();

  /** Runs `make`, after asking when the span already has a record of that kind. */
  const unlessRecorded = useCallback(
    async (kind: RecordedKind, make: () => void | Promise<void>) => {
      if (!article || !readerSelection) return;
      const span = readerSelection;
      try {
        const [{ figures }, { quotes }] = await Promise.all([
          kind === 'figure' ? client.call('figures.list', { articleId: article.id }) : { figures: [] },
          kind === 'quote' ? client.call('quotes.list', { articleId: article.id }) : { quotes: [] },
        ]);
        const existing = recordedOver(recordedSpans(figures, quotes), kind, span.start, span.end);
        if (existing.length) askBeforeDuplicate({ kind, exact: span.exact, existing, proceed: () => void make() });
        else await make();
      } catch (error) {
        notify({ tone: 'error', title: `The ${kind} was not recorded.`, detail: errorMessage(error) });
      }
    },
    [article, readerSelection, client, notify],
  );

  const figure = useCallback(() => {
    if (!article || !readerSelection) return;
    const span = readerSelection;
    void unlessRecorded('figure', () => openFigureDialog({ kind: 'new', article, span }));
  }, [article, readerSelection, unlessRecorded]);

  const quote = useCallback(async () => {
    if (!article || !readerSelection) return;
    const { start, end, exact } = readerSelection;
    await unlessRecorded('quote', async () => {
      try {
        const created = await mutate('quotes.createFromSelection', { articleId: article.id, start, end, exact });
        openQuoteDialog({ kind: 'edit', quote: created, fresh: true });
      } catch (error) {
        notify({ tone: 'error', title: 'The quote was not recorded.', detail: errorMessage(error) });
      }
    });
  }, [article, readerSelection, mutate, notify, unlessRecorded]);

  return { figure, quote, available: article !== null && readerSelection !== null };
}
