import type { Article } from '../../../src/shared/schemas/article';
import { MetadataForm } from './MetadataForm';
import { ProvenanceSection } from './ProvenanceSection';
import './inspector.css';

export const INSPECTOR_ID = 'inspector';

interface InspectorPaneProps {
  article: Article | null;
  onSaved: (article: Article) => void;
}

/** Right pane: the selected article's metadata (editable) and provenance (read-only). */
export function InspectorPane({ article, onSaved }: InspectorPaneProps) {
  return (
    <section id={INSPECTOR_ID} className="pane inspector-pane" aria-labelledby="inspector-heading" tabIndex={-1}>
      <h2 id="inspector-heading" className="visually-hidden">
        Inspector
      </h2>
      <div className="inspector-scroll">
        {article ? (
          <>
            <section className="inspector-section" aria-labelledby="metadata-heading">
              <h3 id="metadata-heading" className="inspector-section-title">
                Metadata
              </h3>
              <MetadataForm key={article.id} article={article} onSaved={onSaved} />
            </section>
            <ProvenanceSection article={article} />
          </>
        ) : (
          <p className="inspector-empty">Select an article to see and edit its metadata and provenance.</p>
        )}
      </div>
    </section>
  );
}
