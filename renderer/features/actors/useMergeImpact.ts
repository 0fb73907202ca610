import { useClient } from '../../api/ClientContext';
import { useLiveQuery } from './useLiveQuery';

export interface MergeImpact {
  figures: number;
  quotes: number;
  links: number;
}

/** What an actor carries into a merge: figures it reported, quotes it spoke, links to it. */
export function useMergeImpact(actorId: string | null) {
  const client = useClient();
  return useLiveQuery<MergeImpact>(actorId ? `impact|${actorId}` : null, async () => {
    const id = actorId!;
    const [figures, quotes, links] = await Promise.all([
      client.call('figures.list', { reporterId: id }),
      client.call('quotes.list', { speakerId: id }),
      client.call('links.list', { type: 'actor', id }),
    ]);
    return { figures: figures.figures.length, quotes: quotes.quotes.length, links: links.links.length };
  });
}
