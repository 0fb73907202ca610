import { useCallback } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion } from '../undo/dataVersion';

/**
 * A success notice with an Undo that undoes only that action: the workspace's newest action must
 * still be the one whose label starts with `undoLabelStart` (the core shortens long titles).
 */
export function useUndoNotice() {
  const client = useClient();
  const { notify } = useNotices();
  return useCallback(
    (title: string, undoLabelStart: string) =>
      notify({
        tone: 'success',
        title,
        action: {
          label: 'Undo',
          run: () => {
            client
              .call('undo.status', {})
              .then(async (status) => {
                if (!status.canUndo || !status.undoLabel?.startsWith(undoLabelStart)) return false;
                await client.call('undo.undo', {});
                bumpDataVersion();
                return true;
              })
              .then((undone) => undone || notify({ tone: 'warning', title: 'Nothing was undone: something else changed since.' }))
              .catch((error: unknown) => notify({ tone: 'error', title: 'Could not undo.', detail: errorMessage(error) }));
          },
        },
      }),
    [client, notify],
  );
}
