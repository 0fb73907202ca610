import { useAnnotations } from './AnnotationContext';
import { codesLabel, highlightColor } from './highlightLabel';
import { shortQuote } from './textSpan';

/** Every highlight of the article, in text order: a keyboard way to reach each one (orphans too). */
export function HighlightList() {
  const { highlights, codes, select, selectedId, loaded } = useAnnotations();
  return (
    <section className="inspector-section" aria-labelledby="highlight-list-heading">
      <h3 id="highlight-list-heading" className="inspector-section-title">
        Highlights <span className="inspector-count">{highlights.length}</span>
      </h3>
      {highlights.length === 0 ? (
        <p className="field-hint">{loaded ? 'Select text in the reader to highlight and code it.' : ''}</p>
      ) : (
        <ul className="highlight-list">
          {highlights.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                className="highlight-list-item"
                aria-current={h.id === selectedId || undefined}
                onClick={() => select(h.id)}
              >
                <span className="highlight-list-bar" style={{ backgroundColor: highlightColor(h, codes) }} aria-hidden="true" />
                <span className="highlight-list-text">
                  <span className="highlight-list-codes">
                    {codesLabel(h, codes)}
                    {h.status !== 'anchored' && <span className={`highlight-badge highlight-badge-${h.status}`}>{h.status === 'review' ? 'review' : 'orphaned'}</span>}
                    {h.memo.trim() && <span className="highlight-badge">memo</span>}
                  </span>
                  <span className="highlight-list-quote" dir="auto">
                    {shortQuote(h.exact, 90)}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
