import { useEffect, useState } from 'react';
import type { Quote } from '../../../src/shared/schemas/evidence';
import type { Figure } from '../../../src/shared/schemas/figure';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { shortQuote } from '../highlights/textSpan';
import { openQuoteDialog } from '../quotes/quoteDialogStore';
import { useDataVersion } from '../undo/dataVersion';
import { openFigureDialog } from './figureDialogStore';
import { countInWords, asOfWords, formatDay, GROUP_LABEL } from './figureWords';
import './articleEvidence.css';

/**
 * Inspector section: the figures and quotes recorded from the open article, each opening its
 * form. They are recorded from a selection in the reader (Figure, Quote in the bar under it).
 */
export function ArticleEvidenceSection({ articleId }: { articleId: string }) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<{ figures: Figure[]; quotes: Quote[]; error: string | null }>({ figures: [], quotes: [], error: null });

  useEffect(() => {
    let current = true;
    Promise.all([client.call('figures.list', { articleId }), client.call('quotes.list', { articleId })])
      .then(([f, q]) => current && setState({ figures: f.figures, quotes: q.quotes, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  const { figures, quotes, error } = state;
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
