import { useCallback, useMemo } from 'react';
import type { Highlight } from '../../../src/shared/schemas/highlight';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';
import { useAnnotations } from './AnnotationContext';
import { shortQuote, type TextSpan } from './textSpan';

/** The annotation actions, each reporting failure in a notice and returning null when it failed. */
export function useHighlightActions() {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();
  const { article, select, codes } = useAnnotations();
  const articleId = article?.id ?? null;

  const attempt = useCallback(
    async <T,>(what: string, action: () => Promise<T>): Promise<T | null> => {
      try {
        return await action();
      } catch (error) {
        notify({ tone: 'error', title: `${what} failed.`, detail: errorMessage(error) });
        return null;
      }
    },
    [notify],
  );

  const create = useCallback(
    async (span: TextSpan, extra: { codeIds?: string[]; memo?: string } = {}): Promise<Highlight | null> => {
      if (!articleId) return null;
      const created = await attempt('Highlighting', () => mutate('highlights.create', { articleId, start: span.start, end: span.end, exact: span.exact, ...extra }));
      if (created) select(created.id);
      return created;
    },
    [articleId, attempt, mutate, select],
  );

  const applyCode = useCallback(
    (highlightId: string, codeId: string) => attempt('Applying the code', () => mutate('tags.apply', { codeId, itemType: 'highlight', itemId: highlightId })),
    [attempt, mutate],
  );

  const removeCode = useCallback(
    (highlightId: string, codeId: string) => attempt('Removing the code', () => mutate('tags.remove', { codeId, itemType: 'highlight', itemId: highlightId })),
    [attempt, mutate],
  );

  const setMemo = useCallback((id: string, memo: string) => attempt('Saving the memo', () => mutate('highlights.setMemo', { id, memo })), [attempt, mutate]);

  const confirm = useCallback((id: string) => attempt('Confirming', () => mutate('highlights.confirm', { id })), [attempt, mutate]);

  const reattach = useCallback(
    (id: string, span: TextSpan) => attempt('Re-attaching', () => mutate('highlights.reattach', { id, start: span.start, end: span.end, exact: span.exact })),
    [attempt, mutate],
  );

  const remove = useCallback(
    async (highlight: Highlight) => {
      const done = await attempt('Deleting the highlight', () => mutate('highlights.delete', { id: highlight.id }));
      if (!done) return null;
      select(null);
      const names = highlight.codeIds.map((id) => codes.byId.get(id)?.code.name).filter(Boolean);
      notify({
        tone: 'success',
        title: `Highlight moved to the trash: “${shortQuote(highlight.exact, 40)}”.`,
        detail: names.length ? `Its codes (${names.join(', ')}) and memo went with it.` : undefined,
        action: {
          label: 'Undo',
          run: () => {
            void (async () => {
              // Undo only if deleting this highlight is still the newest action.
              const status = await client.call('undo.status', {});
              if (!status.undoLabel?.startsWith('Delete highlight')) {
                notify({ tone: 'warning', title: 'Newer actions came after the deletion.', detail: 'Use Undo in the toolbar to step back through them.' });
                return;
              }
              await attempt('Undo', () => client.call('undo.undo', {}));
              bumpDataVersion();
              select(highlight.id);
            })();
          },
        },
      });
      return done;
    },
    [attempt, client, codes, mutate, notify, select],
  );

  return useMemo(() => ({ create, applyCode, removeCode, setMemo, confirm, reattach, remove }), [create, applyCode, removeCode, setMemo, confirm, reattach, remove]);
}
