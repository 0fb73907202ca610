import { useCallback, useState } from 'react';
import type { ActorType } from '../../../src/shared/schemas/actor';
import { formatCount } from '../../lib/format';
import { ActorDetail } from './ActorDetail';
import { ActorListToolbar } from './ActorListToolbar';
import { ACTOR_TABLE_ID, ActorTable } from './ActorTable';
import { DeleteActorDialog } from './DeleteActorDialog';
import { FindActor } from './FindActor';
import { MergeActorDialog } from './MergeActorDialog';
import { NewActorDialog } from './NewActorDialog';
import { focusRecordTable } from './RecordTable';
import { useActorActions } from './useActorActions';
import { useActorList } from './useActorList';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import './recordLayout.css';

/** Where the view was left, so coming back to it shows the same actor. */
const remembered: { selectedId: string | null; filter: string; type: ActorType | '' } = { selectedId: null, filter: '', type: '' };

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The actor registry: find an actor by any of its names, the list, and the selected actor's details. */
export function ActorsView() {
  const [filter, setFilter] = useState(remembered.filter);
  const [type, setType] = useState(remembered.type);
  const [selectedId, setSelectedId] = useState(remembered.selectedId);
  const list = useActorList(type, filter);
  const { actors: allActors } = useActorList('', '');
  const select = useCallback((id: string | null) => setSelectedId((remembered.selectedId = id)), []);
  const actions = useActorActions(select);

  return (
    <section className="pane view record-view" aria-labelledby="actors-heading">
      <header className="view-header view-header-spread">
        <div className="view-heading">
          <h2 id="actors-heading" className="view-title">
            Actors
          </h2>
          <p className="view-summary">
            {list.loaded ? (list.filtering ? `${formatCount(list.actors.length)} of ${formatCount(allActors.length)} shown` : `${formatCount(allActors.length)} registered`) : ''}
          </p>
        </div>
        <div className="record-actions">
          <button type="button" className="btn btn-small" onClick={() => actions.setCreating(true)}>
            New actor…
          </button>
        </div>
      </header>
      <div className="record-body">
        <div className="record-list-panel">
          <FindActor onOpen={(id) => (select(id), focusSoon('actor-edit-name'))} />
          <ActorListToolbar
            filter={filter}
            type={type}
            onFilterChange={(v) => setFilter((remembered.filter = v))}
            onTypeChange={(v) => setType((remembered.type = v))}
          />
          <ProblemAlert problem={list.error && `The actors could not be read: ${list.error}`} className="record-message" />
          {list.loaded && !list.error && list.actors.length === 0 && (
            <p className="record-message">{list.filtering ? 'No actor matches the filter.' : 'No actors yet. Register the people, organisations, armed groups and places your sources name.'}</p>
          )}
          {list.actors.length > 0 && (
            <ActorTable actors={list.actors} selectedId={selectedId} busy={!list.loaded} onSelect={select} onActivate={() => focusSoon('actor-edit-name')} />
          )}
        </div>
        <div className="record-detail-panel">
          {selectedId ? (
            <ActorDetail key={selectedId} actorId={selectedId} onMerge={actions.setMerging} onDelete={actions.setDeleting} />
          ) : (
            <p className="record-placeholder">Select an actor to see its names in every script, or find one by any name it goes by.</p>
          )}
        </div>
      </div>
      <NewActorDialog open={actions.creating} onClose={() => actions.setCreating(false)} onCreated={actions.onCreated} />
      <MergeActorDialog source={actions.merging} actors={allActors} onClose={() => (actions.setMerging(null), focusRecordTable(ACTOR_TABLE_ID))} onMerged={actions.onMerged} />
      <DeleteActorDialog
        actor={actions.deleting}
        onClose={() => actions.setDeleting(null)}
        onDeleted={(actor) => (actions.onDeleted(actor), focusRecordTable(ACTOR_TABLE_ID))}
        onMergeInstead={(actor) => (actions.setDeleting(null), actions.setMerging(actor))}
      />
    </section>
  );
}
