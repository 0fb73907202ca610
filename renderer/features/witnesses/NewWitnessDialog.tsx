import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Witness } from '../../../src/shared/schemas/witness';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { useMutate } from '../undo/useMutate';

interface NewWitnessDialogProps {
  open: boolean;
  caseId: string | null;
  cases: readonly Case[];
  onClose: () => void;
  onCreated: (witness: Witness) => void;
}

/** Registers a witness: a code is generated; identifying details are added afterwards, apart. */
export function NewWitnessDialog({ open, caseId, cases, onClose, onCreated }: NewWitnessDialogProps) {
  const mutate = useMutate();
  const { busy, problem, setProblem, run } = useBusyAction();
  const [chosenCase, setChosenCase] = useState(caseId ?? '');
  const [description, setDescription] = useState('');
  const [opened, setOpened] = useState(false);
  if (open !== opened) {
    setOpened(open);
    if (open) {
      setChosenCase(caseId ?? '');
      setDescription('');
      setProblem(null);
    }
  }

  function create() {
    void run(
      async () => {
        const witness = await mutate('witnesses.create', { caseId: chosenCase || null, description });
        onCreated(witness);
        onClose();
      },
      (error) => `The witness was not registered: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={open}
      className="dialog-wide"
      titleId="new-witness-title"
      title="New witness"
      subtitle="The witness gets a code (W-0001, …) by which the workspace knows them. Their name, contact and exact place are recorded separately, behind a warning."
      busy={busy}
      problem={problem}
      confirmLabel="Register witness"
      busyLabel="Registering…"
      onConfirm={create}
      onClose={onClose}
    >
      <FormField id="new-witness-case" label="Case">
        {() => (
          <select id="new-witness-case" className="input" value={chosenCase} onChange={(e) => setChosenCase(e.target.value)}>
            <option value="">No case</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="new-witness-description" label="Description" optional hint="Nothing that identifies them: “woman in her thirties, from Jableh”.">
        {(describedBy) => (
          <textarea id="new-witness-description" className="input" dir="auto" rows={2} value={description} aria-describedby={describedBy} onChange={(e) => setDescription(e.target.value)} />
        )}
      </FormField>
    </ConfirmDialog>
  );
}
