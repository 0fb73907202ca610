import type { Highlight } from '../../../src/shared/schemas/highlight';
import { useAnnotations } from './AnnotationContext';
import { codesLabel } from './highlightLabel';
import { shortQuote } from './textSpan';
import { useHighlightActions } from './useHighlightActions';
import './review.css';

/**
 * One highlight to review after a correction. Re-anchored: the text before and now, Confirm or
 * re-attach. Orphaned: the lost text and Re-attach to what is selected in the reader.
 */
export function ReviewItem({ highlight }: { highlight: Highlight }) {
  const { codes, readerSelection, select } = useAnnotations();
  const actions = useHighlightActions();
  const orphan = highlight.status === 'orphaned';
  const target = readerSelection ? `Re-attach to “${shortQuote(readerSelection.exact, 40)}”` : 'Re-attach to selection';

  return (
    <li className={`review-item review-item-${highlight.status}`}>
      <p className="review-item-head">
        <span className={`highlight-badge highlight-badge-${highlight.status}`}>{orphan ? 'orphaned' : 'review'}</span>
        <span className="review-item-codes">{codesLabel(highlight, codes)}</span>
      </p>
      {orphan ? (
        <p className="review-text">
          <span className="field-label">Lost text</span>
          <span dir="auto" className="review-quote">
            {highlight.exact}
          </span>
        </p>
      ) : (
        <>
          <p className="review-text">
            <span className="field-label">Before</span>
            <del dir="auto" className="review-quote">
              {highlight.previousExact ?? '(unknown)'}
            </del>
          </p>
          <p className="review-text">
            <span className="field-label">Now</span>
            <ins dir="auto" className="review-quote">
              {highlight.exact}
            </ins>
          </p>
        </>
      )}
      <div className="review-actions">
        {!orphan && (
          <button type="button" className="btn btn-small btn-primary" onClick={() => void actions.confirm(highlight.id)}>
            Confirm
          </button>
        )}
        <button
          type="button"
          className="btn btn-small review-reattach"
          disabled={!readerSelection}
          title={readerSelection ? undefined : 'Select the right text in the reader first'}
          onClick={() => readerSelection && void actions.reattach(highlight.id, readerSelection)}
        >
          <span className="review-reattach-label">{target}</span>
        </button>
        {!orphan && (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => select(highlight.id)}>
            Open
          </button>
        )}
      </div>
    </li>
  );
}
