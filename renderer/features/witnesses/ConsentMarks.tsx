import type { ConsentState } from '../../../src/shared/schemas/witness';
import { consentSummary, isConsented, purposeLabel } from './consentWords';

/**
 * A witness's consent at a glance, for lists: one mark per purpose (✓ consented, ✕ not) and
 * "1 of 6"; its accessible name spells out what was consented to.
 */
export function ConsentMarks({ consent }: { consent: readonly ConsentState[] }) {
  const { given, total } = consentSummary(consent);
  const consented = consent.filter(isConsented).map((c) => purposeLabel[c.purpose].toLowerCase());
  const label = given === 0 ? 'No consent recorded for any purpose' : `Consented to ${given} of ${total} purposes: ${consented.join(', ')}`;
  return (
    <span className="consent-marks" role="img" aria-label={label} title={label}>
      <span className="consent-marks-glyphs" aria-hidden="true">
        {consent.map((c) => (
          <span key={c.purpose} className={isConsented(c) ? 'consent-mark is-given' : 'consent-mark is-not'}>
            {isConsented(c) ? '✓' : '✕'}
          </span>
        ))}
      </span>
      <span className="consent-marks-count" aria-hidden="true">
        {given} of {total}
      </span>
    </span>
  );
}
