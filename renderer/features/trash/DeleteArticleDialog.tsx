import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useModalDialog } from '../importing/useModalDialog';
import { useMutate } from '../undo/useMutate';
import { describeImpact, type DeleteImpact } from './impactText';
import type { ArticleRef } from './useArticleDeletion';
import '../cases/dialog-form.css';
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
  const dialogRef = useModalDialog(target !== null);
  const [impact, setImpact] = useState<ImpactState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
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
  }, [client, targetId]);

  async function remove() {
    if (!target || busy || impact.kind !== 'ready') return;
    setBusy(true);
    setProblem(null);
    try {
      const went = await mutate('articles.delete', { id: target.id });
      onClose();
      onDeleted(target, went);
    } catch (error) {
      setProblem(`The article was not moved to the trash: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-narrow" aria-labelledby="trash-article-title" aria-describedby="trash-article-impact" onClose={onClose}>
      {target && (
        <div className="dialog-form">
          <header className="dialog-header">
            <h2 id="trash-article-title" className="dialog-title">
              Move “<span dir="auto">{target.title || 'Untitled'}</span>” to the trash?
            </h2>
          </header>
          <p id="trash-article-impact" className="dialog-text trash-impact" aria-live="polite" aria-busy={impact.kind === 'loading'}>
            {impact.kind === 'ready'
              ? describeImpact(impact.impact)
              : impact.kind === 'failed'
                ? `What goes with it could not be counted: ${impact.message}`
                : 'Counting what goes with it…'}
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" onClick={remove} disabled={busy || impact.kind !== 'ready'}>
              {busy ? 'Moving…' : 'Move to trash'}
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
