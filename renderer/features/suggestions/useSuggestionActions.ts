import { useCallback, useMemo } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { undoIfNewest } from '../cases/undoLast';
import { bumpDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';
import { hideSuggestions, unhideSuggestions } from './suggestionData';
import type { SuggestionItem } from './suggestionItems';
import { getSuggestionUi, setSuggestionUi } from './suggestionStore';
import { undoDismiss } from './undoDismiss';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Recorded 3 figures." / "Recorded 1 figure and 1 quote; linked 1 actor to the article." */
function recordedTitle(created: { kind: string }[]): string {
  const count = (kind: string) => created.filter((c) => c.kind === kind).length;
  const records = [count('figure') && plural(count('figure'), 'figure', 'figures'), count('quote') && plural(count('quote'), 'quote', 'quotes')].filter(Boolean);
  const links = count('mention') ? `linked ${plural(count('mention'), 'actor', 'actors')} to the article` : '';
  if (records.length === 0) return `${links.charAt(0).toUpperCase()}${links.slice(1)}.`;
  return `Recorded ${records.join(' and ')}${links ? `; ${links}` : ''}.`;
}

/** Accept, dismiss and restore, each hiding the items at once and reporting in a notice with Undo. */
export function useSuggestionActions(articleId: string | null) {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();

  const accept = useCallback(
    async (items: readonly SuggestionItem[]): Promise<boolean> => {
      if (!articleId || items.length === 0) return false;
      const keys = items.map((i) => i.acceptKey);
      const all = items.flatMap((i) => i.keys);
      const reporterId = getSuggestionUi().reporterId ?? undefined;
      setSuggestionUi({ error: null });
      hideSuggestions(all);
      try {
        const { created, undated } = await mutate('suggest.accept', { articleId, keys, reporterId });
        const label = keys.length === 1 ? 'Accept a suggestion' : `Accept ${keys.length} suggestions`;
        notify({
          tone: 'success',
          title: recordedTitle(created),
          detail: `Pre-filled from the text and anchored to it; edit them in their records.${undatedNote(undated)}`,
          action: {
            label: 'Undo',
            run: () => {
              void undoIfNewest(client, label).then((undone) => {
                if (!undone) notify({ tone: 'warning', title: 'Newer actions came after accepting.', detail: 'Use Undo in the toolbar to step back through them.' });
              });
            },
          },
        });
        return true;
      } catch (error) {
        unhideSuggestions(all);
        setSuggestionUi({ error: errorMessage(error) });
        return false;
      }
    },
    [articleId, client, mutate, notify],
  );

  const dismiss = useCallback(
    async (items: readonly SuggestionItem[]): Promise<boolean> => {
      if (!articleId || items.length === 0) return false;
      const keys = items.flatMap((i) => i.keys);
      setSuggestionUi({ error: null });
      hideSuggestions(keys);
      try {
        await mutate('suggest.dismiss', { articleId, keys });
        notify({
          tone: 'info',
          title: `Dismissed ${plural(items.length, 'suggestion', 'suggestions')}.`,
          detail: 'Not suggested again for this article.',
          action: {
            label: 'Undo',
            run: () => {
              void undoDismiss(client, articleId, keys)
                .catch((error: unknown) => notify({ tone: 'error', title: 'The suggestions were not offered again.', detail: errorMessage(error) }))
                .finally(bumpDataVersion);
            },
          },
        });
        return true;
      } catch (error) {
        unhideSuggestions(keys);
        setSuggestionUi({ error: errorMessage(error) });
        return false;
      }
    },
    [articleId, client, mutate, notify],
  );

  const restore = useCallback(async () => {
    if (!articleId) return;
    setSuggestionUi({ error: null });
    try {
      const { restored } = await mutate('suggest.restore', { articleId });
      notify({ tone: 'info', title: restored ? `${plural(restored, 'dismissed suggestion is', 'dismissed suggestions are')} offered again.` : 'No suggestions were dismissed for this article.' });
    } catch (error) {
      setSuggestionUi({ error: errorMessage(error) });
    }
  }, [articleId, mutate, notify]);

  return useMemo(() => ({ accept, dismiss, restore }), [accept, dismiss, restore]);
}

/** Said in the accept notice when figures were recorded without a date. */
function undatedNote(undated: number): string {
  if (undated === 0) return '';
  const which = undated === 1 ? 'One figure was' : `${undated} figures were`;
  return ` ${which} recorded undated: the article gives no date. Add the date in the figure if you know it.`;
}
