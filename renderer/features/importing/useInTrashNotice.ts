import { useCallback } from 'react';
import type { ImportResult } from '../../../src/shared/schemas/article';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useMutate } from '../undo/useMutate';

/**
 * An import whose bytes belong to an article in the trash: say so and offer "Restore from the
 * trash" (trash.restore), which brings the article back with its highlights and memos and selects it.
 */
export function useInTrashNotice(onRestored: (articleId: string) => void) {
  const mutate = useMutate();
  const { notify } = useNotices();
  return useCallback(
    (result: ImportResult) => {
      const { id, title } = result.article;
      const restore = async () => {
        try {
          await mutate('trash.restore', { type: 'article', id });
          onRestored(id);
          notify({ tone: 'success', title: `Restored “${title}” from the trash.`, detail: 'Its highlights and memos are back with it.' });
        } catch (error) {
          notify({ tone: 'error', title: `“${title}” could not be restored.`, detail: `${errorMessage(error)} It may still be in the trash.` });
        }
      };
      notify({
        tone: 'warning',
        title: `“${title}” is in the trash.`,
        detail: result.message ?? 'These bytes belong to an article in the trash; nothing was imported.',
        action: { label: 'Restore from the trash', run: () => void restore() },
      });
    },
    [mutate, notify, onRestored],
  );
}
