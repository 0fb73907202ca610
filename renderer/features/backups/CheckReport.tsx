import { describeCheck } from './backupWords';
import type { CheckState } from './useBackupActions';

/** The workspace check in plain words: a verdict, then one line each for the file, the links and the search index. */
export function CheckReport({ check }: { check: CheckState }) {
  if (check.kind === 'idle') return null;
  if (check.kind === 'checking') return <p className="check-verdict">Checking the workspace…</p>;
  if (check.kind === 'failed')
    return (
      <p className="check-verdict field-error" role="alert">
        The check could not run: {check.message}
      </p>
    );
  const lines = describeCheck(check.report);
  return (
    <div className={check.report.ok ? 'check-report is-ok' : 'check-report has-problems'}>
      <p className="check-verdict">
        <strong>{check.report.ok ? 'All fine.' : 'Problems found.'}</strong>{' '}
        {check.report.ok ? `The workspace was checked at ${check.at} and nothing is wrong.` : `Checked at ${check.at}. Read what was found below before making more changes.`}
      </p>
      <ul className="check-lines">
        {lines.map((line) => (
          <li key={line.label} className={line.ok ? 'check-line is-ok' : 'check-line has-problems'}>
            <span className="check-mark" aria-hidden="true">
              {line.ok ? '✓' : '!'}
            </span>
            <span>
              <span className="check-label">{line.label}:</span> {line.summary}
              {line.problems.length > 0 && (
                <ul className="check-problems">
                  {line.problems.slice(0, 5).map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                  {line.problems.length > 5 && <li>…and {line.problems.length - 5} more.</li>}
                </ul>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
