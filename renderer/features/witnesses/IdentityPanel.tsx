import { useEffect, useState } from 'react';
import type { Witness, WitnessIdentity } from '../../../src/shared/schemas/witness';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { EraseIdentityDialog } from './EraseIdentityDialog';
import { IdentityDetails } from './IdentityDetails';
import { IdentityDialog } from './IdentityDialog';
import './identity.css';

/**
 * A witness's identifying details: hidden until "Show identifying details" is clicked (the access is
 * recorded), shown under a warning, hidden again with "Hide", when the window is hidden, or when
 * another witness is chosen (key this panel by the witness's id). Set and erase behind a dialog.
 */
export function IdentityPanel({ witness }: { witness: Witness }) {
  const client = useClient();
  const [revealed, setRevealed] = useState<WitnessIdentity | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'set' | 'erase' | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const hide = () => document.visibilityState === 'hidden' && setRevealed(null);
    document.addEventListener('visibilitychange', hide);
    return () => document.removeEventListener('visibilitychange', hide);
  }, []);

  async function reveal() {
    setBusy(true);
    setProblem(null);
    try {
      setRevealed(await client.call('witnesses.identity.get', { id: witness.id }));
      setStatus('');
    } catch (error) {
      setProblem(`The identifying details could not be read: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function hide(message = 'Identifying details hidden.') {
    setRevealed(null);
    setStatus(message);
    requestAnimationFrame(() => document.getElementById('identity-show')?.focus());
  }

  return (
    <section className="record-section identity-panel" aria-labelledby="identity-heading">
      <div className="record-section-head">
        <h3 id="identity-heading" className="record-section-title">
          Identifying details
        </h3>
        <span className="record-section-count">{witness.hasIdentity ? 'recorded, kept apart' : 'none recorded'}</span>
      </div>
      {revealed ? (
        <IdentityDetails identity={revealed} onHide={() => hide()} onChange={() => setDialog('set')} />
      ) : (
        <div className="identity-hidden">
          <p className="identity-hidden-text">
            <span className="identity-lock" aria-hidden="true" />
            {witness.hasIdentity
              ? `${witness.code}’s name, contact and exact place are hidden. They are never listed, searched or exported outside the internal profile.`
              : `No name, contact or exact place is recorded for ${witness.code}.`}
          </p>
          <div className="record-form-actions">
            {witness.hasIdentity && (
              <button id="identity-show" type="button" className="btn" disabled={busy} onClick={() => void reveal()}>
                {busy ? 'Opening…' : 'Show identifying details'}
              </button>
            )}
            <button id={witness.hasIdentity ? undefined : 'identity-show'} type="button" className="btn" onClick={() => setDialog('set')}>
              {witness.hasIdentity ? 'Change identifying details…' : 'Record identifying details…'}
            </button>
            {witness.hasIdentity && (
              <button type="button" className="btn btn-danger-quiet" onClick={() => setDialog('erase')}>
                Erase…
              </button>
            )}
          </div>
        </div>
      )}
      <p className="record-form-status" role="status">
        {status}
      </p>
      <ProblemAlert problem={problem} />
      <IdentityDialog open={dialog === 'set'} witness={witness} current={revealed} onClose={() => setDialog(null)} onSaved={() => hide('Identifying details saved and hidden.')} />
      <EraseIdentityDialog open={dialog === 'erase'} witness={witness} onClose={() => setDialog(null)} onErased={(n) => hide(n > 0 ? `Identifying details erased, and from ${n === 1 ? '1 backup' : `${n} backups`}.` : 'Identifying details erased.')} />
    </section>
  );
}
