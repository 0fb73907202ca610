import { useEffect, useState } from 'react';
import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useModalDialog } from '../importing/useModalDialog';
import { useMutate } from '../undo/useMutate';
import { CodeSelect } from './CodeSelect';
import { subtreeIds } from './codeTree';
import '../cases/dialog-form.css';

interface DeleteCodeDialogProps {
  code: CodeWithCounts | null;
  codes: readonly CodeWithCounts[];
  onClose: () => void;
  onDeleted: (code: CodeWithCounts, result: { movedUses: number; removedUses: number }, to: CodeWithCounts | null) => void;
}

/** Asks where the code's uses go (another code, or removed) and says what happens to its sub-codes. */
export function DeleteCodeDialog({ code, codes, onClose, onDeleted }: DeleteCodeDialogProps) {
  const mutate = useMutate();
  const dialogRef = useModalDialog(code !== null);
  const [where, setWhere] = useState<'move' | 'remove'>('move');
  const [targetId, setTargetId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setWhere(code && code.uses > 0 ? 'move' : 'remove');
    setTargetId('');
    setProblem(null);
  }, [code]);

  if (!code) return <dialog ref={dialogRef} className="dialog dialog-wide" aria-label="Delete code" onClose={onClose} />;

  const children = codes.filter((c) => c.parentId === code.id);
  const parent = codes.find((c) => c.id === code.parentId);
  const target = where === 'move' ? (codes.find((c) => c.id === targetId) ?? null) : null;
  const ready = code.uses === 0 || where === 'remove' || target !== null;

  async function remove() {
    if (!code || busy || !ready) return;
    setBusy(true);
    try {
      const result = await mutate('codes.delete', { id: code.id, usesTo: code.uses > 0 && target ? target.id : null });
      onDeleted(code, result, target);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby="delete-code-title" onClose={onClose}>
      <form className="dialog-form" onSubmit={(e) => (e.preventDefault(), void remove())}>
        <header className="dialog-header">
          <h2 id="delete-code-title" className="dialog-title">
            Delete “{code.name}”?
          </h2>
          <p className="dialog-subtitle">
            {code.uses > 0 ? `It is used ${plural(code.uses, 'time')} in ${plural(code.documents, 'document')}. Where should those uses go?` : 'It is not used anywhere.'}
          </p>
        </header>
        {code.uses > 0 && (
          <fieldset className="delete-code-choices">
            <legend className="visually-hidden">Where its uses go</legend>
            <label className="choice">
              <input type="radio" name="delete-code-where" checked={where === 'move'} onChange={() => setWhere('move')} />
              <span>Move them to another code</span>
            </label>
            <div className="delete-code-target">
              <label htmlFor="delete-code-target" className="visually-hidden">
                Code that receives the uses
              </label>
              <CodeSelect
                id="delete-code-target"
                codes={codes}
                codableOnly
                exclude={subtreeIds(codes, code.id)}
                value={targetId}
                emptyLabel="Choose a code…"
                onChange={(value) => (setTargetId(value), setWhere('move'))}
              />
            </div>
            <label className="choice">
              <input type="radio" name="delete-code-where" checked={where === 'remove'} onChange={() => setWhere('remove')} />
              <span>Remove them: the highlights stay, without this code</span>
            </label>
          </fieldset>
        )}
        <ul className="dialog-list">
          {children.length > 0 && (
            <li>
              Its {plural(children.length, 'sub-code')} move up to {parent ? `“${parent.name}”` : 'the top level'}.
            </li>
          )}
          <li>“{code.name}” goes to the trash. You can undo this right after.</li>
        </ul>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy || !ready}>
            {busy ? 'Deleting…' : 'Delete code'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
