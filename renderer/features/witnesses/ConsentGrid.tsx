import { useState } from 'react';
import type { ConsentPurpose, Witness } from '../../../src/shared/schemas/witness';
import { ConsentDialog, type ConsentAction } from './ConsentDialog';
import { ConsentRow } from './ConsentRow';
import { isConsented, purposeLabel } from './consentWords';
import './consent.css';

/**
 * Consent per purpose, as a grid: each row says in words and with an icon whether the witness
 * consented, and when; what they have NOT consented to (never given, or withdrawn) stands out and is
 * also listed above the grid.
 */
export function ConsentGrid({ witness }: { witness: Witness }) {
  const [action, setAction] = useState<{ purpose: ConsentPurpose; kind: ConsentAction } | null>(null);
  const missing = witness.consent.filter((c) => !isConsented(c));
  const given = witness.consent.filter(isConsented);
  return (
    <section className="record-section" aria-labelledby="consent-heading">
      <div className="record-section-head">
        <h3 id="consent-heading" className="record-section-title">
          Consent
        </h3>
        <span className="record-section-count">
          {given.length} of {witness.consent.length} purposes
        </span>
      </div>
      {missing.length > 0 && (
        <p className="consent-missing" id="consent-missing">
          <span className="consent-missing-icon" aria-hidden="true">
            ✕
          </span>
          <span>
            <strong>{missing.length === witness.consent.length ? `${witness.code} has not consented to anything yet.` : `${witness.code} has NOT consented to:`}</strong>{' '}
            {missing.length < witness.consent.length && missing.map((c) => purposeLabel[c.purpose]).join(', ')}
            {missing.length < witness.consent.length ? '. ' : ' '}
            Do not use the accounts for these purposes.
          </span>
        </p>
      )}
      <table className="consent-grid" aria-describedby={missing.length ? 'consent-missing' : undefined}>
        <caption className="visually-hidden">Consent of {witness.code} per purpose</caption>
        <thead>
          <tr>
            <th scope="col">Purpose</th>
            <th scope="col">Consent</th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {witness.consent.map((state) => (
            <ConsentRow key={state.purpose} state={state} onAction={(kind) => setAction({ purpose: state.purpose, kind })} />
          ))}
        </tbody>
      </table>
      <ConsentDialog witness={witness} action={action} onClose={() => setAction(null)} />
    </section>
  );
}
