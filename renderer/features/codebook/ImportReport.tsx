import { plural } from '../../lib/format';
import type { ImportOutcome } from './useCodebookTransfer';

/** What an import did: codes created and updated, and each problem in the file, one a line. */
export function ImportReport({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss: () => void }) {
  const { report, error, fileName } = outcome;
  const problems = report?.problems ?? [];
  const tone = error ? 'is-error' : problems.length > 0 ? 'is-warning' : 'is-success';
  return (
    <section className={`import-report ${tone}`} aria-labelledby="import-report-title" aria-live="polite">
      <div className="import-report-body">
        <h3 id="import-report-title" className="import-report-title">
          {error ? `“${fileName}” was not imported` : `Imported “${fileName}”`}
        </h3>
        {error ? (
          <p>{error}</p>
        ) : (
          report && (
            <p>
              {plural(report.created, 'code')} created, {plural(report.updated, 'code')} updated
              {problems.length > 0 ? `; ${plural(problems.length, 'problem')}:` : '; no problems.'}
            </p>
          )
        )}
        {problems.length > 0 && (
          <ul className="import-report-problems">
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="btn btn-quiet btn-small btn-icon" aria-label="Close the import report" onClick={onDismiss}>
        ×
      </button>
    </section>
  );
}
