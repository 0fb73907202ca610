import { useState } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { useMutate } from '../undo/useMutate';
import { actorTypeLabel } from './actorWords';
import { useMergeImpact } from './useMergeImpact';

interface MergeActorDialogProps {
  /** The actor that goes (null: closed). */
  source: Actor | null;
  actors: readonly Actor[];
  onClose: () => void;
  onMerged: (into: Actor, from: Actor) => void;
}

/** "Merge into…": two actors are the same. Says what moves to the one that stays before it happens. */
export function MergeActorDialog({ source, actors, onClose, onMerged }: MergeActorDialogProps) {
  const mutate = useMutate();
  const [targetId, setTargetId] = useState('');
  const { busy, problem, setProblem, run } = useBusyAction();
  const impact = useMergeImpact(source?.id ?? null);
  const target = actors.find((a) => a.id === targetId && a.id !== source?.id) ?? null;
  const moved = impact.data;

  function close() {
    setTargetId('');
    setProblem(null);
    onClose();
  }

  function merge() {
    if (!source || !target) return;
    void run(
      async () => {
        const into = await mutate('actors.merge', { sourceId: source.id, targetId: target.id });
        setTargetId('');
        onMerged(into, source);
        onClose();
      },
      (error) => `Nothing was merged: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={source !== null}
      className="dialog-wide"
      titleId="merge-actor-title"
      title={source && <>Merge “<bdi>{source.name}</bdi>” into another actor</>}
      subtitle="When two entries turn out to be the same person, organisation, group or place."
      busy={busy}
      problem={problem ?? (impact.error && `Could not count what moves: ${impact.error}`)}
      disabled={!target || !moved}
      confirmLabel={target ? `Merge into “${target.name}”` : 'Merge'}
      busyLabel="Merging…"
      onConfirm={merge}
      onClose={close}
    >
      {source && (
        <FormField id="merge-actor-target" label="The actor that stays">
          {() => (
            <select id="merge-actor-target" className="input" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
              <option value="">Choose an actor…</option>
              {actors
                .filter((a) => a.id !== source.id)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({actorTypeLabel[a.type]})
                  </option>
                ))}
            </select>
          )}
        </FormField>
      )}
      {source && target && (
        <div className="merge-impact" aria-live="polite">
          <p className="dialog-text">
            Moves to “<bdi>{target.name}</bdi>”:
          </p>
          <ul className="dialog-list">
            <li>
              <strong>Names:</strong> “<bdi>{source.name}</bdi>”
              {source.aliases.length > 0 ? <> and its {plural(source.aliases.length, 'alias', 'aliases')} become aliases</> : ' becomes an alias'} of “<bdi>{target.name}</bdi>”.
            </li>
            <li>
              <strong>Figures reported:</strong> {moved ? plural(moved.figures, 'figure') : '…'} then name “<bdi>{target.name}</bdi>” as the reporter.
            </li>
            <li>
              <strong>Quotes spoken:</strong> {moved ? plural(moved.quotes, 'quote') : '…'} then name “<bdi>{target.name}</bdi>” as the speaker.
            </li>
            <li>
              <strong>Links:</strong> {moved ? plural(moved.links, 'link') : '…'} to other records move too.
            </li>
          </ul>
          <p className="dialog-text">
            “<bdi>{source.name}</bdi>” then goes to the trash. You can undo the merge right after.
            {target.type !== source.type && ` They are of different types: “${target.name}” stays ${actorTypeLabel[target.type].toLowerCase()}.`}
          </p>
        </div>
      )}
    </ConfirmDialog>
  );
}
