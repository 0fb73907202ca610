import type { ConsentState } from '../../../src/shared/schemas/witness';
import type { ConsentAction } from './ConsentDialog';
import { consentWords, isConsented, purposeHint, purposeLabel } from './consentWords';

interface ConsentRowProps {
  state: ConsentState;
  onAction: (kind: ConsentAction) => void;
}

/** One purpose: its name, "✓ Consented, given …" or "✕ Not consented, never given / withdrawn …", and what can be done. */
export function ConsentRow({ state, onAction }: ConsentRowProps) {
  const consented = isConsented(state);
  const { headline, detail } = consentWords(state);
  const label = purposeLabel[state.purpose];
  return (
    <tr className={consented ? 'consent-row is-given' : `consent-row is-not is-${state.state}`}>
      <th scope="row">
        <span className="consent-purpose">{label}</span>
        <span className="consent-purpose-hint">{purposeHint[state.purpose]}</span>
      </th>
      <td>
        <span className="consent-state">
          <span className="consent-state-icon" aria-hidden="true">
            {consented ? '✓' : '✕'}
          </span>
          <span className="consent-state-words">
            <strong>{headline}</strong>
            {detail && <span className="consent-state-detail">{detail}</span>}
            {state.note && (
              <span className="consent-state-detail" dir="auto">
                {state.note}
              </span>
            )}
          </span>
        </span>
      </td>
      <td className="consent-actions">
        {consented ? (
          <button type="button" className="btn btn-small" aria-label={`Withdraw consent to ${label.toLowerCase()}…`} onClick={() => onAction('withdraw')}>
            Withdraw…
          </button>
        ) : (
          <button type="button" className="btn btn-small" aria-label={`Record consent to ${label.toLowerCase()}…`} onClick={() => onAction('give')}>
            Record consent…
          </button>
        )}
      </td>
    </tr>
  );
}
