import { shortQuote } from '../highlights/textSpan';
import type { DrawnRedaction } from './useArticleRedactions';

interface RedactionListProps {
  redactions: DrawnRedaction[];
  onRemove: (id: string) => void;
}

/** The article's redacted spans under its text, each with its reason and a Remove button (undoable). */
export function RedactionList({ redactions, onRemove }: RedactionListProps) {
  if (redactions.length === 0) return null;
  return (
    <section className="redaction-list" aria-label="Redacted spans">
      <h3 className="field-label">Redacted in this article</h3>
      <ul>
        {redactions.map((r) => (
          <li key={r.id}>
            <s dir="auto">{shortQuote(r.exact)}</s> <span className="redaction-reason">{r.reason}</span>{' '}
            <button type="button" className="btn btn-quiet btn-small" aria-label={`Remove the redaction of “${shortQuote(r.exact)}”`} onClick={() => onRemove(r.id)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
