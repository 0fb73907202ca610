import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';
import { describeImpact, type DeleteImpact } from './impactText';
import type { ArticleRef } from './useArticleDeletion';
import './trash.css';

interface DeleteArticleDialogProps {
  target: ArticleRef | null;
  onClose: () => void;
  onDeleted: (article: ArticleRef, impact: DeleteImpact) => void;
}

type ImpactState = { kind: 'loading' } | { kind: 'ready'; impact: DeleteImpact } | { kind: 'failed'; message: string };

/** Asks before an article goes to the trash, and says exactly what goes with it (articles.deleteImpact). */
export function DeleteArticleDialog({ target, onClose, onDeleted }: DeleteArticleDialogProps) {
  const client = useClient();
  const mutate = useMutate();
  const [impact, setImpact] = useState<ImpactState>({ kind: 'loading' });
  const { busy, problem, setProblem, run } = useBusyAction();
  const targetId = target?.id;

  useEffect(() => {
    if (!targetId) return;
    let current = true;
    setImpact({ kind: 'loading' });
    setProblem(null);
    client
      .call('articles.deleteImpact', { id: targetId })
      .then((result) => current && setImpact({ kind: 'ready', impact: result }))
      .catch((error: unknown) => current && setImpact({ kind: 'failed', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [client, targetId, setProblem]);

  function remove() {
    if (!target || impact.kind !== 'ready') return;
    void run(
      async () => {
        const went = await mutate('articles.delete', { id: target.id });
        onClose();
        onDeleted(target, went);
      },
      (error) => `The article was not moved to the trash: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={target !== null}
      className="dialog-narrow"
      titleId="trash-article-title"
      title={
        target && (
          <>
            Move “<span dir="auto">{target.title || 'Untitled'}</span>” to the trash?
          </>
        )
      }
      describedBy="trash-article-impact"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      disabled={impact.kind !== 'ready'}
      confirmLabel="Move to trash"
      busyLabel="Moving…"
      onConfirm={remove}
      onClose={onClose}
    >
      <p id="trash-article-impact" className="dialog-text trash-impact" aria-live="polite" aria-busy={impact.kind === 'loading'}>
        {impact.kind === 'ready'
          ? describeImpact(impact.impact)
          : impact.kind === 'failed'
            ? `What goes with it could not be counted: ${impact.message}`
            : 'Counting what goes with it…'}
      </p>
    </ConfirmDialog>
  );
}
