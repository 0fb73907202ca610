import { useState } from 'react';
import type { Witness, WitnessIdentity } from '../../../src/shared/schemas/witness';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { useMutate } from '../undo/useMutate';
import { issueMessages } from '../../ui/form/useRecordForm';

type Field = 'name' | 'contact' | 'exactPlace';

interface IdentityDialogProps {
  open: boolean;
  witness: Witness;
  /** The details on screen, if they are: then the form starts from them and every field is saved. */
  current: WitnessIdentity | null;
  onClose: () => void;
  onSaved: () => void;
}

const fields: { field: Field; label: string; hint: string }[] = [
  { field: 'name', label: 'Name', hint: 'As the witness gave it.' },
  { field: 'contact', label: 'Contact', hint: 'Phone, messaging handle or intermediary.' },
  { field: 'exactPlace', label: 'Exact place', hint: 'Where they live or were found; accounts keep only a coarse location.' },
];

/**
 * Records or changes a witness's name, contact and exact place, apart from everything else.
 * With the details hidden, a field left empty keeps what is recorded.
 */
export function IdentityDialog({ open, witness, current, onClose, onSaved }: IdentityDialogProps) {
  const mutate = useMutate();
  const start = { name: current?.name ?? '', contact: current?.contact ?? '', exactPlace: current?.exactPlace ?? '' };
  const [draft, setDraft] = useState<Record<Field, string>>(start);
  // Typed details live only while the dialog is open: cleared on closing, so they stay nowhere in memory.
  const [opened, setOpened] = useState(false);
  if (open !== opened) {
    setOpened(open);
    setDraft(open ? start : { name: '', contact: '', exactPlace: '' });
  }
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    const changes = current ? draft : Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== ''));
    if (!current && Object.keys(changes).length === 0) {
      setErrors({ name: 'Fill in at least one field, or cancel.' });
      return;
    }
    setBusy(true);
    try {
      await mutate('witnesses.identity.set', { id: witness.id, ...changes });
      setErrors({});
      setProblem(null);
      onSaved();
      onClose();
    } catch (error) {
      const { byField, problem } = issueMessages(error, '', ['name', 'contact', 'exactPlace']);
      setErrors(byField);
      setProblem(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={open}
      className="dialog-wide"
      titleId="identity-dialog-title"
      title={`Identifying details of ${witness.code}`}
      subtitle="Stored apart from the witness’s record: never listed, never searchable, never in history or undo, exported only in the internal profile."
      busy={busy}
      problem={problem}
      lockEscape={busy}
      confirmLabel="Save identifying details"
      busyLabel="Saving…"
      onConfirm={() => void save()}
      onClose={() => (setErrors({}), setProblem(null), onClose())}
    >
      {!current && witness.hasIdentity && <p className="dialog-text">Details are recorded but hidden. A field left empty keeps what is recorded.</p>}
      {fields.map(({ field, label, hint }) => (
        <FormField key={field} id={`identity-${field}`} label={label} hint={hint} error={errors[field]}>
          {(describedBy, invalid) => (
            <input
              id={`identity-${field}`}
              className="input"
              dir="auto"
              autoComplete="off"
              spellCheck={false}
              maxLength={field === 'name' ? 300 : 500}
              value={draft[field]}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
            />
          )}
        </FormField>
      ))}
    </ConfirmDialog>
  );
}
