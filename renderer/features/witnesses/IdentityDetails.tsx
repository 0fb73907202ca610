import type { WitnessIdentity } from '../../../src/shared/schemas/witness';
import { formatTimestamp } from '../../lib/format';

interface IdentityDetailsProps {
  identity: WitnessIdentity;
  onHide: () => void;
  onChange: () => void;
}

/** The revealed details, under a warning that they are on screen and that the access was recorded. */
export function IdentityDetails({ identity, onHide, onChange }: IdentityDetailsProps) {
  const rows: [string, string][] = [
    ['Name', identity.name],
    ['Contact', identity.contact],
    ['Exact place', identity.exactPlace],
  ];
  return (
    <div className="identity-revealed" role="region" aria-label={`Identifying details of ${identity.code}`}>
      <p className="identity-warning" role="alert">
        <span className="identity-warning-icon" aria-hidden="true">
          !
        </span>
        <span>
          <strong>Identifying details of {identity.code} are on screen.</strong> This access is recorded. Hide them before you share your screen or step away;
          they are hidden again when you leave this witness.
        </span>
      </p>
      <dl className="identity-list">
        {rows.map(([label, value]) => (
          <div key={label} className="identity-row">
            <dt>{label}</dt>
            <dd dir="auto">{value || <span className="identity-empty">not recorded</span>}</dd>
          </div>
        ))}
      </dl>
      <div className="record-form-actions">
        <button type="button" className="btn btn-primary" onClick={onHide} autoFocus>
          Hide identifying details
        </button>
        <button type="button" className="btn" onClick={onChange}>
          Change…
        </button>
        <span className="record-form-status">Last changed {formatTimestamp(identity.updatedAt)}</span>
      </div>
    </div>
  );
}
