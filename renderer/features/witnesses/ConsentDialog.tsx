import { useState } from 'react';
import type { ConsentPurpose, Witness } from '../../../src/shared/schemas/witness';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { formatPublicationDate } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { useMutate } from '../undo/useMutate';
import { purposeHint, purposeLabel, today } from './consentWords';

export type ConsentAction = 'give' | 'withdraw';

interface ConsentDialogProps {
  witness: Witness;
  action: { purpose: ConsentPurpose; kind: ConsentAction } | null;
  onClose: () => void;
}

/** Records consent to one purpose on a date, or its withdrawal; with an optional note (how it was given). */
export function ConsentDialog({ witness, action, onClose }: ConsentDialogProps) {
  const mutate = useMutate();
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [opened, setOpened] = useState<typeof action>(null);
  if (action !== opened) {
    setOpened(action);
    setDate(today());
    setNote('');
  }
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = action ? witness.consent.find((c) => c.purpose === action.purpose) : undefined;
  const label = action ? purposeLabel[action.purpose] : '';
  const giving = action?.kind === 'give';

  async function save() {
    if (!action || busy) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError(giving ? 'Give the date consent was given, like 2025-03-12.' : 'Give the date consent was withdrawn, like 2025-03-12.');
      document.getElementById('consent-date')?.focus();
      return;
    }
    setBusy(true);
    try {
      const extra = note.trim() ? { note: note.trim() } : {};
      if (giving) await mutate('witnesses.consent.set', { witnessId: witness.id, purpose: action.purpose, givenAt: date, withdrawnAt: null, ...extra });
      else await mutate('witnesses.consent.withdraw', { witnessId: witness.id, purpose: action.purpose, withdrawnAt: date, ...extra });
      setError(undefined);
      setProblem(null);
      onClose();
    } catch (err) {
      const { byField, other } = fieldIssues(err, '', ['givenAt', 'withdrawnAt', 'note']);
      setError(byField.givenAt ?? byField.withdrawnAt);
      setProblem(byField.givenAt || byField.withdrawnAt ? null : [errorMessage(err), ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={action !== null}
      className="dialog-narrow"
      titleId="consent-dialog-title"
      title={giving ? `${witness.code}: record consent to “${label}”` : `${witness.code}: withdraw consent to “${label}”`}
      subtitle={action ? purposeHint[action.purpose] : undefined}
      busy={busy}
      problem={problem}
      tone={giving ? 'primary' : 'danger'}
      confirmLabel={giving ? 'Record consent' : 'Record withdrawal'}
      busyLabel="Saving…"
      onConfirm={() => void save()}
      onClose={() => (setError(undefined), setProblem(null), onClose())}
    >
      {!giving && state?.givenAt && <p className="dialog-text">Consent was given on {formatPublicationDate(state.givenAt, 'long')}. From the date of withdrawal the accounts may no longer be used for this purpose.</p>}
      <FormField id="consent-date" label={giving ? 'Date given' : 'Date withdrawn'} error={error}>
        {(describedBy, invalid) => (
          <input id="consent-date" className="input" type="date" value={date} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <FormField id="consent-note" label="Note" optional hint={giving ? 'How it was given: signed form, recorded verbally, through whom.' : 'How and why it was withdrawn.'}>
        {(describedBy) => <input id="consent-note" className="input" dir="auto" autoComplete="off" maxLength={2000} value={note} aria-describedby={describedBy} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ConfirmDialog>
  );
}
