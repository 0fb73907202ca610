import { useEffect, useRef, useState } from 'react';
import { plural } from '../../lib/format';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { EraseIdentityDialog } from '../witnesses/EraseIdentityDialog';
import { EmptyTrashDialog } from './EmptyTrashDialog';
import { TRASH_DAYS } from './impactText';
import { restoreButtonId, TrashRow, typeLabel } from './TrashRow';
import { itemKey, useTrash, type TrashItem } from './useTrash';
import './trash.css';

export const TRASH_HEADING_ID = 'trash-heading';

/** The trash as a centre view: what was deleted, how long it is kept, Restore, and Empty trash. */
export function TrashView({ onOpenArticle }: { onOpenArticle: (id: string) => void }) {
  const trash = useTrash();
  const { notify } = useNotices();
  const [emptying, setEmptying] = useState(false);
  const [erasing, setErasing] = useState<TrashItem | null>(null);
  const emptied = useRef(false);
  const { items } = trash;

  // After emptying, the button that opened the dialog is disabled: carry on from the heading.
  useEffect(() => {
    if (emptying || !emptied.current) return;
    emptied.current = false;
    document.getElementById(TRASH_HEADING_ID)?.focus();
  }, [emptying]);

  async function restore(item: TrashItem) {
    const at = items.findIndex((i) => itemKey(i) === itemKey(item));
    const neighbour = items[at + 1] ?? items[at - 1];
    const restored = await trash.restore(item);
    if (restored === null) return;
    const others = restored - 1;
    const label = typeLabel[item.type].toLowerCase();
    notify({
      tone: 'success',
      title: `Restored the ${label} “${item.title.trim() || 'Untitled'}”.`,
      detail:
        item.type === 'article' && others > 0
          ? `${plural(others, 'highlight or memo', 'highlights and memos')} came back with it.`
          : item.type === 'witness' && others > 0
            ? `${plural(others, 'account')} came back with them.`
            : undefined,
      action: item.type === 'article' ? { label: 'Open', run: () => onOpenArticle(item.id) } : undefined,
    });
    // The row leaves; keep the keyboard in the list.
    const next = neighbour ? document.getElementById(restoreButtonId(neighbour)) : document.getElementById(TRASH_HEADING_ID);
    next?.focus();
  }

  async function empty() {
    const count = items.length;
    await trash.empty();
    emptied.current = true;
    notify({ tone: 'success', title: 'The trash is empty.', detail: `${plural(count, 'item was', 'items were')} permanently removed.` });
  }

  return (
    <section className="pane view trash-view" aria-labelledby={TRASH_HEADING_ID}>
      <header className="view-header view-header-spread">
        <div className="view-heading">
          <h2 id={TRASH_HEADING_ID} className="view-title trash-title" tabIndex={-1}>
            Trash
          </h2>
          <p className="view-summary trash-summary" aria-live="polite">
            {trash.loaded ? (items.length ? plural(items.length, 'item') : 'Empty') : ''}
          </p>
        </div>
        <button type="button" className="btn btn-small" disabled={items.length === 0} onClick={() => setEmptying(true)}>
          Empty trash…
        </button>
      </header>
      <p className="trash-note">
        Deleted articles, highlights, codes, cases, memos, evidence records and witnesses stay here for {TRASH_DAYS} days; after that they may be removed for good.
        Restoring an article brings back its highlights, figures, quotes and memos; a witness, their accounts.
      </p>
      {trash.error ? (
        <ProblemAlert className="trash-message" problem={`The trash could not be read: ${trash.error}`} />
      ) : trash.loaded && items.length === 0 ? (
        <p className="trash-message">Nothing in the trash. What you delete waits here, restorable, for {TRASH_DAYS} days.</p>
      ) : (
        <div className="table-scroll trash-scroll">
          <table className="data-table trash-table" aria-labelledby={TRASH_HEADING_ID} aria-busy={!trash.loaded}>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Title</th>
                <th scope="col">Deleted</th>
                <th scope="col">Kept for</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <TrashRow key={itemKey(item)} item={item} busy={trash.restoring === itemKey(item)} problem={trash.problems[itemKey(item)]} onRestore={restore} onEraseIdentity={setErasing} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {erasing && (
        <EraseIdentityDialog
          open
          witness={{ id: erasing.id, code: erasing.title, accountCount: 0 }}
          onClose={() => setErasing(null)}
          onErased={(backups) => notify({ tone: 'success', title: `Erased the identifying details of ${erasing.title}.`, detail: backups > 0 ? `Also from ${plural(backups, 'backup')}.` : undefined })}
        />
      )}
      <EmptyTrashDialog open={emptying} count={items.length} witnessCodes={items.filter((i) => i.type === 'witness').map((i) => i.title)} onClose={() => setEmptying(false)} onEmpty={empty} />
    </section>
  );
}
