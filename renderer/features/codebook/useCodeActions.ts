import { useCallback, useState } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { undoIfNewest } from '../cases/undoLast';

/**
 * The move, merge and delete dialogs' state, and what happens after each: a notice that says what
 * was done, with an Undo that only undoes that action.
 */
export function useCodeActions(select: (id: string | null) => void) {
  const client = useClient();
  const { notify } = useNotices();
  const [moving, setMoving] = useState<CodeWithCounts | null>(null);
  const [merging, setMerging] = useState<CodeWithCounts | null>(null);
  const [deleting, setDeleting] = useState<CodeWithCounts | null>(null);
  /** Counts finished actions, so the view can move focus once their dialog has closed. */
  const [settled, setSettled] = useState(0);

  const done = useCallback(
    (title: string, undoLabel: string, selectId?: string | null) => {
      if (selectId !== undefined) select(selectId);
      setSettled((n) => n + 1);
      notify({
        tone: 'success',
        title,
        action: {
          label: 'Undo',
          run: () => {
            undoIfNewest(client, undoLabel)
              .then((undone) => undone || notify({ tone: 'warning', title: 'Nothing was undone: something else changed since.' }))
              .catch((error: unknown) => notify({ tone: 'error', title: 'Could not undo.', detail: errorMessage(error) }));
          },
        },
      });
    },
    [select, client, notify],
  );

  const onMoved = useCallback((code: Code) => done(`Moved “${code.name}”.`, `Move code “${code.name}”`, code.id), [done]);

  const onMerged = useCallback(
    (into: Code, from: CodeWithCounts) => done(`Merged “${from.name}” into “${into.name}”; their uses are combined.`, `Merge “${from.name}” into “${into.name}”`, into.id),
    [done],
  );

  const onDeleted = useCallback(
    (code: CodeWithCounts, result: { movedUses: number; removedUses: number }, to: CodeWithCounts | null) => {
      const uses = to ? `; ${plural(result.movedUses, 'use')} moved to “${to.name}”` : result.removedUses > 0 ? `; ${plural(result.removedUses, 'use')} removed` : '';
      done(`Moved the code “${code.name}” to the trash${uses}.`, `Delete code “${code.name}”`, code.parentId);
    },
    [done],
  );

  return {
    settled,
    moving,
    merging,
    deleting,
    setMoving,
    setMerging,
    setDeleting,
    onMoved,
    onMerged,
    onDeleted,
    close: useCallback(() => {
      setMoving(null);
      setMerging(null);
      setDeleting(null);
    }, []),
  };
}
