import type { ExportProfile } from '../../../src/shared/schemas/export';
import { plural } from '../../lib/format';
import type { ExportPreview } from './useExportPreview';

interface ExportWithheldProps {
  id: string;
  preview: ExportPreview | null;
  profile: ExportProfile;
  loading: boolean;
  error: string | null;
}

/** Before anything is written: what the export holds, and what the profile keeps back, counted. */
export function ExportWithheld({ id, preview, profile, loading, error }: ExportWithheldProps) {
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
    plural(counts.articles ?? 0, 'source'),
    plural(counts.figures ?? 0, 'figure'),
    plural(counts.quotes ?? 0, 'quote'),
    plural(counts.accounts ?? 0, 'account'),
    plural(counts.segments ?? 0, 'coded segment'),
    plural(counts.memos ?? 0, 'memo'),
  ].join(', ');
  return (
    <section id={id} className="export-withheld" aria-label="What this export holds and withholds" aria-busy={loading}>
      <p className="export-holds">Holds {holds}.</p>
      {withheld.summary.length ? (
        <>
          <p className="export-withheld-title">Withheld by the {profile} profile:</p>
          <ul className="export-withheld-list" data-testid="export-withheld">
            {withheld.summary.map((phrase) => (
              <li key={phrase}>{phrase}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="export-withheld-title" data-testid="export-withheld">
          {profile === 'internal' ? 'Nothing is withheld: witness identities included. Keep this file to yourself.' : 'Nothing in scope is withheld by this profile.'}
        </p>
      )}
    </section>
  );
}
