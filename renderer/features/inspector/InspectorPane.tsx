import type { ReactNode } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import { MetadataForm } from './MetadataForm';
import { ProvenanceSection } from './ProvenanceSection';
import { useAnnotations } from '../highlights/AnnotationContext';
import { ArticleCodes } from '../highlights/ArticleCodes';
import { HighlightInspector } from '../highlights/HighlightInspector';
import { HighlightList } from '../highlights/HighlightList';
import { ReviewSection } from '../highlights/ReviewSection';
import { SuggestionsSection } from '../suggestions/SuggestionsSection';
import { ArticleEvidenceSection } from '../figures/ArticleEvidenceSection';
import { GradingSection } from '../figures/GradingSection';
import './inspector.css';

export const INSPECTOR_ID = 'inspector';

interface InspectorPaneProps {
  article: Article | null;
  onSaved: (article: Article) => void;
  /** The article's cases and memos (features/cases, features/memos). */
  articleSections?: ReactNode;
  /** The case the library is filtered by, with its memos (features/cases). */
  caseSection?: ReactNode;
  /** The article's last section: "Move to trash…" (features/trash). */
  articleActions?: ReactNode;
  /**
   * Set when the centre shows a view with its own selection (codebook, reports, records, trash):
   * the reader's article does not apply there, so the inspector says so instead of showing it.
   */
  otherView?: string;
}

/**
 * Right pane: the selected highlight (text, codes, memo), or else the article: highlights needing
 * review, its codes, suggestions, highlights, figures and quotes, source grading, metadata (editable) and provenance (read-only).
 */
export function InspectorPane({ article, onSaved, articleSections, caseSection, articleActions, otherView }: InspectorPaneProps) {
  const { selected: selectedHighlight } = useAnnotations();
  return (
    <section id={INSPECTOR_ID} className="pane inspector-pane" aria-labelledby="inspector-heading" tabIndex={-1}>
      <h2 id="inspector-heading" className="visually-hidden">
        Inspector
      </h2>
      <div className="inspector-scroll">
        {otherView ? (
          <>
            {caseSection}
            <p className="inspector-empty">The {otherView} view shows what you select in it beside its list. Open the reader to see an article’s details here.</p>
          </>
        ) : article && selectedHighlight ? (
          <HighlightInspector highlight={selectedHighlight} />
        ) : article ? (
          <>
            <ReviewSection />
            <ArticleCodes articleId={article.id} />
            <SuggestionsSection key={`suggestions-${article.id}`} articleId={article.id} />
            <HighlightList />
            <ArticleEvidenceSection key={`evidence-${article.id}`} articleId={article.id} />
            {articleSections}
            <GradingSection key={`grading-${article.id}`} articleId={article.id} />
            <section className="inspector-section" aria-labelledby="metadata-heading">
              <h3 id="metadata-heading" className="inspector-section-title">
                Metadata
              </h3>
              <MetadataForm key={`metadata-${article.id}`} article={article} onSaved={onSaved} />
            </section>
            <ProvenanceSection article={article} />
            {articleActions}
            {caseSection}
          </>
        ) : (
          <>
            {caseSection}
            <p className="inspector-empty">Select an article to see and edit its metadata and provenance.</p>
          </>
        )}
      </div>
    </section>
  );
}
