import type { Article } from '../../../src/shared/schemas/article';
import { formatBytes, formatTimestamp, importKindLabel } from '../../lib/format';
import { CopyButton } from './CopyButton';
import { SaveOriginalButton } from './SaveOriginalButton';

/** Where the reading text came from. Read-only: the original is kept byte for byte. */
export function ProvenanceSection({ article }: { article: Article }) {
  const { original } = article;
  return (
    <section className="inspector-section" aria-labelledby="provenance-heading">
      <h3 id="provenance-heading" className="inspector-section-title">
        Provenance
      </h3>
      <p className="provenance-note">
        The original file is never changed. The reading text changes only through a recorded correction (with its reason); editing metadata
        leaves both exactly as they are.
      </p>
      <dl className="provenance-list">
        <div className="provenance-row provenance-hash">
          <dt>SHA-256</dt>
          <dd>
            <code className="mono provenance-sha" data-testid="provenance-sha256" tabIndex={0}>
              {original.sha256}
            </code>
            <CopyButton value={original.sha256} label="Copy SHA-256" />
          </dd>
        </div>
        <div className="provenance-row">
          <dt>Original file</dt>
          <dd data-testid="provenance-file-name">{original.fileName ?? <span className="provenance-none">None (pasted text)</span>}</dd>
        </div>
        <div className="provenance-row">
          <dt>Media type</dt>
          <dd className="mono">{original.mediaType}</dd>
        </div>
        <div className="provenance-row">
          <dt>Size</dt>
          <dd>{formatBytes(original.byteSize)}</dd>
        </div>
        <div className="provenance-row">
          <dt>Captured</dt>
          <dd>
            <time dateTime={original.capturedAt} title={original.capturedAt}>
              {formatTimestamp(original.capturedAt)}
            </time>
          </dd>
        </div>
        <div className="provenance-row">
          <dt>Imported as</dt>
          <dd>{importKindLabel[original.kind] ?? original.kind}</dd>
        </div>
      </dl>
      <SaveOriginalButton articleId={article.id} />
    </section>
  );
}
