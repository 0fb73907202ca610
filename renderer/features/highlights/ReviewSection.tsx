import { useAnnotations } from './AnnotationContext';
import { ReviewItem } from './ReviewItem';

/** Highlights of this article that need a person after a text correction (shown only when some do). */
export function ReviewSection() {
  const { review } = useAnnotations();
  if (review.length === 0) return null;
  return (
    <section className="inspector-section review-section" aria-labelledby="review-heading">
      <h3 id="review-heading" className="inspector-section-title">
        Needs review <span className="inspector-count">{review.length}</span>
      </h3>
      <p className="field-hint">After a text correction these highlights could not be placed with certainty. To re-attach one, select its text in the reader first.</p>
      <ul className="review-list">
        {review.map((h) => (
          <ReviewItem key={h.id} highlight={h} />
        ))}
      </ul>
    </section>
  );
}
