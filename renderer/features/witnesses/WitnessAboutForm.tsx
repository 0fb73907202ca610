import { useState, type FormEvent } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Witness } from '../../../src/shared/schemas/witness';
import { errorMessage } from '../../api/errorMessage';
import { FormField } from '../../ui/form/FormField';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { useMutate } from '../undo/useMutate';

interface WitnessAboutFormProps {
  witness: Witness;
  cases: readonly Case[];
}

/** The witness's case and non-identifying description ("man in his forties, displaced from Baniyas"). */
export function WitnessAboutForm({ witness, cases }: WitnessAboutFormProps) {
  const mutate = useMutate();
  const [caseId, setCaseId] = useState(witness.caseId ?? '');
  const [description, setDescription] = useState(witness.description);
  const [base, setBase] = useState(witness.updatedAt);
  if (base !== witness.updatedAt) {
    setBase(witness.updatedAt);
    setCaseId(witness.caseId ?? '');
    setDescription(witness.description);
  }
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dirty = caseId !== (witness.caseId ?? '') || description !== witness.description;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !dirty) return;
    setBusy(true);
    setProblem(null);
    try {
      await mutate('witnesses.update', { id: witness.id, patch: { caseId: caseId || null, description } });
    } catch (error) {
      setProblem(`Not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="record-form" aria-label={`About ${witness.code}`} onSubmit={submit} noValidate>
      <div className="record-form-row">
        <FormField id="witness-case" label="Case">
          {() => (
            <select id="witness-case" className="input witness-case-select" value={caseId} onChange={(e) => setCaseId(e.target.value)}>
              <option value="">No case</option>
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        id="witness-description"
        label="Description"
        optional
        hint="Without anything that identifies them: “man in his forties, displaced from Baniyas”. Names and contacts go in the identifying details."
      >
        {(describedBy) => (
          <textarea id="witness-description" className="input" dir="auto" rows={2} value={description} aria-describedby={describedBy} onChange={(e) => setDescription(e.target.value)} />
        )}
      </FormField>
      <ProblemAlert problem={problem} />
      {dirty && (
        <div className="record-form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => (setCaseId(witness.caseId ?? ''), setDescription(witness.description))}>
            Revert
          </button>
        </div>
      )}
    </form>
  );
}
