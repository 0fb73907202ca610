import { useEffect, useState } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { errorMessage } from '../../api/errorMessage';
import { useModalDialog } from '../importing/useModalDialog';
import { useMutate } from '../undo/useMutate';
import { CodeSelect } from './CodeSelect';
import { subtreeIds } from './codeTree';
import '../cases/dialog-form.css';

interface MoveCodeDialogProps {
  code: CodeWithCounts | null;
  codes: readonly CodeWithCounts[];
  onClose: () => void;
  onMoved: (code: Code) => void;
}

/** "Move to…": any code outside the one moved (and its sub-codes), or the top level. */
export function MoveCodeDialog({ code, codes, onClose, onMoved }: MoveCodeDialogProps) {
  const mutate = useMutate();
  const dialogRef = useModalDialog(code !== null);
  const [parentId, setParentId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setParentId(code?.parentId ?? '');
    setProblem(null);
  }, [code]);

  async function move() {
    if (!code || busy) return;
    if ((code.parentId ?? '') === parentId) return onClose();
    setBusy(true);
    try {
      onMoved(await mutate('codes.move', { id: code.id, parentId: parentId || null }));
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-narrow" aria-labelledby="move-code-title" onClose={onClose}>
      {code && (
        <form className="dialog-form" onSubmit={(e) => (e.preventDefault(), void move())}>
          <header className="dialog-header">
            <h2 id="move-code-title" className="dialog-title">
              Move “{code.name}”
            </h2>
            <p className="dialog-subtitle">Its sub-codes and all its uses move with it.</p>
          </header>
          <div className="field">
            <label className="field-label" htmlFor="move-code-parent">
              Put it under
            </label>
            <CodeSelect
              id="move-code-parent"
              codes={codes}
              exclude={subtreeIds(codes, code.id)}
              value={parentId}
              emptyLabel="Top level (no parent)"
              aria-describedby={problem ? 'move-code-problem' : undefined}
              onChange={setParentId}
            />
            {problem && (
              <p id="move-code-problem" className="field-error" role="alert">
                {problem}
              </p>
            )}
          </div>
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Moving…' : 'Move'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
