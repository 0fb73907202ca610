import { useCallback } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';

type DeleteMethod = 'figures.delete' | 'quotes.delete';

/**
 * Moves a figure or quote to the trash and says so in a notice whose Undo brings it back, as long
 * as the deletion is still the workspace's newest action (undo label "Delete figure …").
 */
export function useUndoableDelete(method: DeleteMethod) {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();
  const noun = method === 'figures.delete' ? 'figure' : 'quote';
  return useCallback(
    async (id: string, what: string) => {
      try {
        await mutate(method, { id });
      } catch (error) {
        notify({ tone: 'error', title: `The ${noun} was not deleted.`, detail: errorMessage(error) });
        return;
      }
      notify({
        tone: 'success',
        title: `${noun === 'figure' ? 'Figure' : 'Quote'} moved to the trash: ${what}.`,
        action: {
          label: 'Undo',
          run: () => {
            void (async () => {
              try {
                const status = await client.call('undo.status', {});
                if (!status.undoLabel?.startsWith(`Delete ${noun}`)) {
                  notify({ tone: 'warning', title: 'Newer actions came after the deletion.', detail: 'Use Undo in the toolbar to step back through them.' });
                  return;
                }
                await client.call('undo.undo', {});
                bumpDataVersion();
              } catch (error) {
                notify({ tone: 'error', title: 'Undo failed.', detail: errorMessage(error) });
              }
            })();
          },
        },
      });
    },
    [client, method, mutate, notify, noun],
  );
}
