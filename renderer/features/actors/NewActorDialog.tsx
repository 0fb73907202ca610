import { useState } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { ApiError } from '../../api/client';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { useMutate } from '../undo/useMutate';
import { ActorFields, type ActorDraft, type ActorErrors } from './ActorFields';

interface NewActorDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (actor: Actor) => void;
}

const empty: ActorDraft = { name: '', type: 'person', description: '' };

/** Registers an actor with its other names, one a line, in any script. */
export function NewActorDialog({ open, onClose, onCreated }: NewActorDialogProps) {
  const mutate = useMutate();
  const [draft, setDraft] = useState(empty);
  const [aliases, setAliases] = useState('');
  const [errors, setErrors] = useState<ActorErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function reset() {
    setDraft(empty);
    setAliases('');
    setErrors({});
    setProblem(null);
  }

  async function submit() {
    if (busy) return;
    if (!draft.name.trim()) {
      setErrors({ name: 'Give the actor a name, for example “Syrian Observatory for Human Rights”.' });
      document.getElementById('actor-new-name')?.focus();
      return;
    }
    setBusy(true);
    try {
      const lines = aliases.split('\n').map((l) => l.trim()).filter(Boolean);
      const actor = await mutate('actors.create', { name: draft.name.trim(), type: draft.type, description: draft.description, aliases: lines });
      reset();
      onCreated(actor);
      onClose();
    } catch (error) {
      const { byField, other } = fieldIssues(error, '', ['name', 'type', 'description', 'aliases']);
      if (error instanceof ApiError && error.code === 'conflict') byField.name = error.message;
      setErrors(byField);
      setProblem(Object.keys(byField).length ? null : [errorMessage(error), ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={open}
      className="dialog-wide"
      titleId="new-actor-title"
      title="New actor"
      subtitle="A person, organisation, armed group or place that reports, speaks, acts or is named in the sources."
      busy={busy}
      problem={problem}
      confirmLabel="Create actor"
      busyLabel="Creating…"
      lockEscape={busy}
      onConfirm={() => void submit()}
      onClose={() => (reset(), onClose())}
    >
      <ActorFields idPrefix="actor-new" draft={draft} errors={errors} onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))} />
      <FormField id="actor-new-aliases" label="Aliases" optional hint="One a line, in any script or transliteration: Ahmed al-Sharaa, al Shara, أحمد الشرع." error={errors.aliases}>
        {(describedBy, invalid) => (
          <textarea
            id="actor-new-aliases"
            className="input"
            dir="auto"
            rows={4}
            value={aliases}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setAliases(e.target.value)}
          />
        )}
      </FormField>
    </ConfirmDialog>
  );
}
