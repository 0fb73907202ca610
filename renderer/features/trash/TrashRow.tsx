import { formatTimestamp, plural } from '../../lib/format';
import { itemKey, type TrashItem } from './useTrash';

export const typeLabel: Record<TrashItem['type'], string> = {
  article: 'Article',
  highlight: 'Highlight',
  code: 'Code',
  case: 'Case',
  memo: 'Memo',
  figure: 'Figure',
  quote: 'Quote',
  account: 'Account',
  incident: 'Incident',
  actor: 'Actor',
  witness: 'Witness',
};

export const restoreButtonId = (item: TrashItem) => `trash-restore-${itemKey(item).replace(':', '-')}`;

interface TrashRowProps {
  item: TrashItem;
  busy: boolean;
  problem: string | undefined;
  onRestore: (item: TrashItem) => void;
  /** A witness's identifying details can be erased while they are in the trash. */
  onEraseIdentity: (item: TrashItem) => void;
}

/** One trashed item: its kind, title, when it was deleted, how long it is kept, and Restore. */
export function TrashRow({ item, busy, problem, onRestore, onEraseIdentity }: TrashRowProps) {
  const problemId = problem ? `${restoreButtonId(item)}-problem` : undefined;
  const title = item.title.trim() || 'Untitled';
  return (
    <tr className={problem ? 'trash-row has-problem' : 'trash-row'}>
      <td className="trash-type">
        <span className={`trash-badge trash-badge-${item.type}`}>{typeLabel[item.type]}</span>
      </td>
      <th scope="row" className="trash-item-title">
        <span className="trash-item-text" dir="auto" title={item.title}>
          {item.type === 'highlight' || item.type === 'memo' ? `“${title}”` : title}
        </span>
        {problem && (
          <span id={problemId} className="trash-problem" role="alert">
            {problem}
          </span>
        )}
      </th>
      <td className="trash-date">
        <time dateTime={item.deletedAt}>{formatTimestamp(item.deletedAt)}</time>
      </td>
      <td className={item.daysLeft <= 3 ? 'trash-left is-soon' : 'trash-left'}>{item.daysLeft === 0 ? 'Removed soon' : `${plural(item.daysLeft, 'day')} left`}</td>
      <td className="trash-action">
        <button
          id={restoreButtonId(item)}
          type="button"
          className="btn btn-small"
          disabled={busy}
          aria-label={`Restore ${typeLabel[item.type].toLowerCase()} “${title}”`}
          aria-describedby={problemId}
          onClick={() => onRestore(item)}
        >
          {busy ? 'Restoring…' : 'Restore'}
        </button>
        {item.type === 'witness' && (
          <button type="button" className="btn btn-small btn-danger-quiet" disabled={busy} aria-label={`Erase the identifying details of ${title}`} onClick={() => onEraseIdentity(item)}>
            Erase details…
          </button>
        )}
      </td>
    </tr>
  );
}
