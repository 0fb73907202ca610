import { shortQuote } from '../highlights/textSpan';
import { openQuoteDialog } from '../quotes/quoteDialogStore';
import { useArticleEvidence } from '../recorded/useArticleEvidence';
import { openFigureDialog } from './figureDialogStore';
import { countInWords, asOfWords, GROUP_LABEL } from './figureWords';
import './articleEvidence.css';

/**
 * Inspector section: the figures and quotes recorded from the open article, each opening its
 * form. They are recorded from a selection in the reader (Figure, Quote in the bar under it).
 */
export function ArticleEvidenceSection({ articleId }: { articleId: string }) {
  const { figures, quotes, error } = useArticleEvidence(articleId);
  const headingId = `article-evidence-${articleId}`;
  return (
    <section className="inspector-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="inspector-section-title">
        Figures and quotes
      </h3>
      {figures.length === 0 && quotes.length === 0 && !error && <p className="evidence-none">None yet: select words in the text and choose Figure or Quote.</p>}
      {figures.length > 0 && (
        <ul className="evidence-list" aria-label="Figures from this article">
          {figures.map((f) => (
            <li key={f.id}>
              <button type="button" className="evidence-item" onClick={() => openFigureDialog({ kind: 'edit', figure: f })}>
                <span className="evidence-count">{countInWords(f)}</span>
                <span className="evidence-what" dir="auto">
                  {f.reporterName} · {f.outcome}, {GROUP_LABEL[f.group].toLowerCase()} · {asOfWords(f.asOfDate ?? f.reportedDate)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {quotes.length > 0 && (
        <ul className="evidence-list" aria-label="Quotes from this article">
          {quotes.map((q) => (
            <li key={q.id}>
              <button type="button" className="evidence-item" onClick={() => openQuoteDialog({ kind: 'edit', quote: q })}>
                <q className="evidence-quote" dir="auto" lang={q.language}>
                  {shortQuote(q.text, 60)}
                </q>
                <span className="evidence-what" dir="auto">
                  {q.speakerName ?? (q.speakerDescriptor || 'speaker not given')} · {q.mode}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          The article’s figures and quotes could not be read: {error}
        </p>
      )}
    </section>
  );
}
