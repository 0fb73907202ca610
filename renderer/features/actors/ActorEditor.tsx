import { useState, type FormEvent } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { ApiError } from '../../api/client';
import { useMutate } from '../undo/useMutate';
import { ActorFields, type ActorDraft, type ActorErrors } from './ActorFields';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { RecordFormActions } from '../../ui/form/RecordFormActions';
import { issueMessages, saveShortcut } from '../../ui/form/useRecordForm';

/** The actor's name, type and description; saves what changed, with messages under their field. Key it by the actor's id. */
export function ActorEditor({ actor }: { actor: Actor }) {
  const mutate = useMutate();
  const initial: ActorDraft = { name: actor.name, type: actor.type, description: actor.description };
  const [draft, setDraft] = useState<ActorDraft>(initial);
  const [errors, setErrors] = useState<ActorErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // A change from elsewhere (undo, a merge) starts the form again from the stored actor.
  const [base, setBase] = useState(actor.updatedAt);
  if (base !== actor.updatedAt) {
    setBase(actor.updatedAt);
    setDraft(initial);
  }

  const patch: Partial<ActorDraft> = {};
  if (draft.name.trim() !== actor.name) patch.name = draft.name.trim();
  if (draft.type !== actor.type) patch.type = draft.type;
  if (draft.description !== actor.description) patch.description = draft.description;
  const dirty = Object.keys(patch).length > 0;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !dirty) return;
    if (!draft.name.trim()) {
      setErrors({ name: 'Give the actor a name.' });
      document.getElementById('actor-edit-name')?.focus();
      return;
    }
    setBusy(true);
    try {
      await mutate('actors.update', { id: actor.id, patch });
      setErrors({});
      setProblem(null);
      setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
    } catch (error) {
      const { byField, problem } = issueMessages(error, 'patch.', ['name', 'type', 'description']);
      const conflict = error instanceof ApiError && error.code === 'conflict';
      setErrors(conflict ? { ...byField, name: error.message } : byField);
      setProblem(conflict ? null : problem);
    } finally {
      setBusy(false);
    }
  }

  const set = <F extends keyof ActorDraft>(field: F, value: ActorDraft[F]) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <form className="record-form" aria-label={`Edit ${actor.name}`} onSubmit={submit} onKeyDown={saveShortcut(submit)} noValidate>
      <ActorFields idPrefix="actor-edit" draft={draft} errors={errors} onChange={set} />
      <ProblemAlert problem={problem} />
      <RecordFormActions
        busy={busy}
        dirty={dirty}
        editing
        invalid={Object.keys(errors).length > 0}
        savedAt={savedAt}
        onRevert={() => (setDraft(initial), setErrors({}))}
      />
    </form>
  );
}
