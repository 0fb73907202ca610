import type { Actor } from '../../../src/shared/schemas/actor';
import { useClient } from '../../api/ClientContext';
import { formatTimestamp, plural } from '../../lib/format';
import { EvidenceCodes } from '../highlights/EvidenceCodes';
import { ActorEditor } from './ActorEditor';
import { actorTypeLabel } from './actorWords';
import { AliasSection } from './AliasSection';
import { useLiveQuery } from './useLiveQuery';

interface ActorDetailProps {
  actorId: string;
  onMerge: (actor: Actor) => void;
  onDelete: (actor: Actor) => void;
}

/** One actor: its name, type and description, its codes, its names in every script, and merge or delete. */
export function ActorDetail({ actorId, onMerge, onDelete }: ActorDetailProps) {
  const client = useClient();
  const query = useLiveQuery(`actor|${actorId}`, () => client.call('actors.get', { id: actorId }));
  const actor = query.data?.id === actorId ? query.data : null;
  if (query.error && !actor) {
    return (
      <p className="record-placeholder" role="alert">
        This actor could not be read: {query.error}
      </p>
    );
  }
  if (!actor) return <p className="record-placeholder">Loading…</p>;
  return (
    <article className="record-detail" aria-labelledby="actor-detail-title">
      <header className="record-detail-header">
        <h3 id="actor-detail-title" className="record-detail-title" dir="auto">
          {actor.name}
        </h3>
        <p className="record-detail-meta">
          {actorTypeLabel[actor.type]} · {plural(actor.aliases.length, 'alias', 'aliases')} · changed {formatTimestamp(actor.updatedAt)}
        </p>
      </header>
      <ActorEditor key={actor.id} actor={actor} />
      <EvidenceCodes itemType="actor" itemId={actor.id} />
      <AliasSection actor={actor} />
      <div className="record-more" role="group" aria-label="Reorganise">
        <button type="button" className="btn btn-small" onClick={() => onMerge(actor)}>
          Merge into…
        </button>
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onDelete(actor)}>
          Delete…
        </button>
      </div>
    </article>
  );
}
