import { plural } from '../../lib/format';
import type { ExportPreview } from './useExportPreview';

interface ExportWithheldProps {
  id: string;
  preview: ExportPreview | null;
  loading: boolean;
  error: string | null;
}

/** Before anything is written: what the export holds, and what the profile keeps back, counted. */
export function ExportWithheld({ id, preview, loading, error }: ExportWithheldProps) {
  if (error) {
    return (
      <p id={id} className="field-error" role="alert">
        The export cannot be prepared: {error}
      </p>
    );
  }
  if (!preview) return <p id={id} className="export-withheld export-withheld-loading">Counting…</p>;
  const { counts, withheld } = preview;
  const holds = [
    plural(counts.articles, 'source'),
    plural(counts.figures, 'figure'),
    plural(counts.quotes, 'quote'),
    plural(counts.accounts, 'account'),
    plural(counts.segments, 'coded segment'),
    plural(counts.memos, 'memo'),
  ].join(', ');
  return (
    <section id={id} className="export-withheld" aria-label="What this export holds and withholds" aria-busy={loading}>
      <p className="export-holds">Holds {holds}.</p>
      {withheld.summary.length ? (
        <>
          <p className="export-withheld-title">Withheld by the {preview.profile} profile:</p>
          <ul className="export-withheld-list" data-testid="export-withheld">
            {withheld.summary.map((phrase) => (
              <li key={phrase}>{phrase}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="export-withheld-title" data-testid="export-withheld">
          {preview.profile === 'internal' ? 'Nothing is withheld: witness identities included. Keep this file to yourself.' : 'Nothing in scope is withheld by this profile.'}
        </p>
      )}
    </section>
  );
}
