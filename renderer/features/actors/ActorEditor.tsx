import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { ApiError } from '../../api/client';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { modKey } from '../../lib/platform';
import { useMutate } from '../undo/useMutate';
import { ActorFields, type ActorDraft, type ActorErrors } from './ActorFields';
import { ProblemAlert } from '../../ui/form/ProblemAlert';

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
      const { byField, other } = fieldIssues(error, 'patch.', ['name', 'type', 'description']);
      if (error instanceof ApiError && error.code === 'conflict') byField.name = error.message;
      setErrors(byField);
      setProblem(Object.keys(byField).length ? null : [errorMessage(error), ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
    }
  }

  const set = <F extends keyof ActorDraft>(field: F, value: ActorDraft[F]) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <form className="record-form" aria-label={`Edit ${actor.name}`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <ActorFields idPrefix="actor-edit" draft={draft} errors={errors} onChange={set} />
      <ProblemAlert problem={problem} />
      <div className="record-form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn" disabled={busy || !dirty} onClick={() => (setDraft(initial), setErrors({}))}>
          Revert
        </button>
        <span className="record-form-status" role="status">
          {Object.keys(errors).length ? <span className="field-error">Not saved: see the marked field.</span> : dirty ? `Unsaved changes · ${modKey}+S saves` : savedAt ? `Saved at ${savedAt}` : ''}
        </span>
      </div>
    </form>
  );
}
