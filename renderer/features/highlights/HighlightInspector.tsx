import type { Highlight } from '../../../src/shared/schemas/highlight';
import { formatCount, formatTimestamp } from '../../lib/format';
import { AddCodeButton } from './AddCodeButton';
import { useAnnotations } from './AnnotationContext';
import { CodeChip } from './CodeChip';
import { HighlightMemoEditor } from './HighlightMemoEditor';
import { ReviewItem } from './ReviewItem';
import { useHighlightActions } from './useHighlightActions';
import './annotation.css';

const statusText: Record<Highlight['status'], string | null> = {
  anchored: null,
  review: 'Needs review: re-anchored onto corrected text.',
  orphaned: 'Orphaned: its text is no longer in the article.',
};

/** The selected highlight: its exact text, codes (add, remove), memo, and Delete. */
export function HighlightInspector({ highlight }: { highlight: Highlight }) {
  const { codes, select } = useAnnotations();
  const actions = useHighlightActions();
  const applied = highlight.codeIds.map((id) => codes.byId.get(id)).filter((e): e is NonNullable<typeof e> => Boolean(e));
  const status = statusText[highlight.status];

  return (
    <section className="inspector-section highlight-inspector" aria-labelledby="highlight-heading">
      <div className="highlight-inspector-top">
        <button type="button" className="btn btn-small btn-quiet" onClick={() => select(null)}>
          ← Article
        </button>
        <span className="highlight-position" title="Start and end, in characters (code points) of the reading text">
          Characters {formatCount(highlight.start)}–{formatCount(highlight.end)}
        </span>
      </div>
      <h3 id="highlight-heading" className="inspector-section-title">
        Highlight
      </h3>
      {status && <p className={`highlight-status highlight-status-${highlight.status}`}>{status}</p>}
      {highlight.status !== 'anchored' && (
        <ul className="review-list">
          <ReviewItem highlight={highlight} />
        </ul>
      )}
      <blockquote className="highlight-quote" dir="auto">
        {highlight.prefix && <span className="highlight-context">…{highlight.prefix.trimStart()}</span>}
        <span className="highlight-exact" data-testid="highlight-exact">
          {highlight.exact}
        </span>
        {highlight.suffix && <span className="highlight-context">{highlight.suffix.trimEnd()}…</span>}
      </blockquote>

      <div className="field">
        <span className="field-label" id="highlight-codes-label">
          Codes
        </span>
        <div className="code-chip-row">
          <ul className="chip-list" aria-labelledby="highlight-codes-label" data-testid="highlight-codes">
            {applied.map((entry) => (
              <CodeChip key={entry.code.id} entry={entry} onRemove={() => void actions.removeCode(highlight.id, entry.code.id)} />
            ))}
            {applied.length === 0 && <li className="code-chips-none">No code yet</li>}
          </ul>
          <AddCodeButton codes={codes} applied={highlight.codeIds} label="Add a code to this highlight" onPick={(entry) => void actions.applyCode(highlight.id, entry.code.id)} />
        </div>
      </div>

      <HighlightMemoEditor key={highlight.id} highlight={highlight} onSave={(memo) => actions.setMemo(highlight.id, memo)} />

      <div className="highlight-actions">
        <button type="button" className="btn btn-small highlight-delete" onClick={() => void actions.remove(highlight)}>
          Delete highlight
        </button>
        <span className="field-hint">Goes to the trash; Undo brings it back.</span>
      </div>
      <p className="highlight-times">
        Created <time dateTime={highlight.createdAt}>{formatTimestamp(highlight.createdAt)}</time>
        {highlight.updatedAt !== highlight.createdAt && (
          <>
            {' · '}changed <time dateTime={highlight.updatedAt}>{formatTimestamp(highlight.updatedAt)}</time>
          </>
        )}
      </p>
    </section>
  );
}
