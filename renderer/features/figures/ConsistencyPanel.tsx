import type { ConsistencyCheck } from '../../../src/shared/schemas/figure';
import { plural } from '../../lib/format';

const KIND_LABEL: Record<ConsistencyCheck['kind'], string> = {
  breakdown_exceeds_total: 'Breakdown against total',
  total_exceeds_complete_breakdown: 'Total against complete breakdown',
  subgroup_exceeds_civilians: 'Sub-group against civilians',
  subgroup_exceeds_total: 'Sub-group against total',
};

interface ConsistencyPanelProps {
  checks: ConsistencyCheck[];
  flags: ConsistencyCheck[];
}

/**
 * The consistency checks of each reporter's own figures, as the API explains them: the flagged
 * ones first (inconsistent: cannot both be right; check: an approximate figure is involved), then
 * the checks that passed, folded away.
 */
export function ConsistencyPanel({ checks, flags }: ConsistencyPanelProps) {
  const passed = checks.filter((c) => c.ok);
  return (
    <section className="recon-panel consistency-panel" aria-labelledby="consistency-heading">
      <h3 id="consistency-heading" className="recon-panel-title">
        Consistency
      </h3>
      {flags.length > 0 ? (
        <ul className="consistency-flags" aria-label="Flagged figures">
          {flags.map((flag) => (
            <li key={`${flag.kind}-${flag.figureIds.join('-')}`} className={`consistency-flag is-${flag.severity}`} data-testid="consistency-flag">
              <span className="consistency-badge">{flag.severity === 'inconsistent' ? 'Inconsistent' : 'Check'}</span>
              <span className="consistency-kind">{KIND_LABEL[flag.kind]}</span>
              <p className="consistency-explanation" dir="auto">
                {flag.explanation}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="consistency-ok" data-testid="consistency-ok">
          {checks.length === 0
            ? 'No checks to make yet: a reporter needs a total and a breakdown (or civilians and a sub-group) for one outcome and as-of date.'
            : `No inconsistencies among each reporter’s own figures (${plural(checks.length, 'check')} made).`}
        </p>
      )}
      {passed.length > 0 && (
        <details className="consistency-passed" open={passed.length <= 3}>
          <summary>{plural(passed.length, 'check')} passed</summary>
          <ul>
            {passed.map((c) => (
              <li key={`${c.kind}-${c.figureIds.join('-')}`} dir="auto">
                {c.explanation}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
