import type { Memo, MemoTarget } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { undoIfNewest } from '../cases/undoLast';
import { MemoComposer } from './MemoComposer';
import { MemoItem } from './MemoItem';
import { useMemos } from './useMemos';
import './memos.css';

interface MemoListProps {
  targetType: MemoTarget;
  targetId: string;
  /** Read by screen readers as the list's name, e.g. "Memos on this article". */
  label: string;
}

/** The memos on an article or a case, oldest first, and a box to write a new one. */
export function MemoList({ targetType, targetId, label }: MemoListProps) {
  const client = useClient();
  const { notify } = useNotices();
  const memos = useMemos(targetType, targetId);

  function remove(memo: Memo) {
    memos
      .remove(memo.id)
      .then(() =>
        notify({
          tone: 'success',
          title: 'Moved the memo to the trash.',
          action: {
            label: 'Undo',
            run: () => {
              undoIfNewest(client, 'Delete memo')
                .then((undone) => undone || notify({ tone: 'warning', title: 'Nothing was undone: something else changed since.' }))
                .catch((error: unknown) => notify({ tone: 'error', title: 'The memo could not be restored.', detail: errorMessage(error) }));
            },
          },
        }),
      )
      .catch((error: unknown) => notify({ tone: 'error', title: 'The memo was not deleted.', detail: errorMessage(error) }));
  }

  return (
    <div className="memo-list">
      {memos.error ? (
        <p className="field-error" role="alert">
          The memos could not be read: {memos.error}
        </p>
      ) : (
        memos.memos.length > 0 && (
          <ul className="memo-items" aria-label={label}>
            {memos.memos.map((memo) => (
              <MemoItem
                key={memo.id}
                memo={memo}
                onUpdate={memos.update}
                onVisibility={(id, visibility) => memos.setVisibility(id, visibility).catch((error: unknown) => notify({ tone: 'error', title: 'The memo’s visibility was not changed.', detail: errorMessage(error) }))}
                onDelete={remove}
              />
            ))}
          </ul>
        )
      )}
      <MemoComposer id={`memo-new-${targetType}-${targetId}`} label={label.replace(/^Memos/, 'New memo')} onCreate={memos.create} />
    </div>
  );
}
