import { TRASH_DAYS } from './impactText';
import './trash.css';

/** The inspector's last section for an article: "Move to trash…", which asks first. */
export function ArticleTrashSection({ onMoveToTrash }: { onMoveToTrash: () => void }) {
  return (
    <section className="inspector-section" aria-labelledby="article-trash-heading">
      <h3 id="article-trash-heading" className="inspector-section-title">
        Remove from library
      </h3>
      <p className="trash-hint" id="article-trash-hint">
        The article goes to the trash with its highlights, figures, quotes and memos, restorable for {TRASH_DAYS} days.
      </p>
      <button type="button" className="btn btn-small trash-move-button" aria-describedby="article-trash-hint" aria-keyshortcuts="Delete" onClick={onMoveToTrash}>
        Move to trash…
      </button>
    </section>
  );
}
