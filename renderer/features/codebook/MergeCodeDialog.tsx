import { useEffect, useState } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useModalDialog } from '../importing/useModalDialog';
import { useMutate } from '../undo/useMutate';
import { CodeSelect } from './CodeSelect';
import { subtreeIds } from './codeTree';
import '../cases/dialog-form.css';

interface MergeCodeDialogProps {
  code: CodeWithCounts | null;
  codes: readonly CodeWithCounts[];
  onClose: () => void;
  onMerged: (into: Code, from: CodeWithCounts) => void;
}

/** "Merge into…": choose the code that stays, and read what happens before confirming. */
export function MergeCodeDialog({ code, codes, onClose, onMerged }: MergeCodeDialogProps) {
  const mutate = useMutate();
  const dialogRef = useModalDialog(code !== null);
  const [targetId, setTargetId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const target = codes.find((c) => c.id === targetId) ?? null;
  const subCodes = code ? subtreeIds(codes, code.id).size - 1 : 0;

  useEffect(() => {
    setTargetId('');
    setProblem(null);
  }, [code]);

  async function merge() {
    if (!code || !target || busy) return;
    setBusy(true);
    try {
      onMerged(await mutate('codes.merge', { sourceId: code.id, targetId: target.id }), code);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby="merge-code-title" onClose={onClose}>
      {code && (
        <form className="dialog-form" onSubmit={(e) => (e.preventDefault(), void merge())}>
          <header className="dialog-header">
            <h2 id="merge-code-title" className="dialog-title">
              Merge “{code.name}” into another code
            </h2>
          </header>
          <div className="field">
            <label className="field-label" htmlFor="merge-code-target">
              The code that stays
            </label>
            <CodeSelect id="merge-code-target" codes={codes} exclude={subtreeIds(codes, code.id)} value={targetId} emptyLabel="Choose a code…" onChange={setTargetId} />
          </div>
          {target && (
            <ul className="dialog-list" aria-live="polite">
              <li>
                The uses combine: the {plural(code.uses, 'use')} of “{code.name}” join the {plural(target.uses, 'use')} of “{target.name}” (an item coded with both keeps one).
              </li>
              {subCodes > 0 && <li>Its {plural(subCodes, 'sub-code')} move under “{target.name}”; sub-codes with the same name merge too.</li>}
              <li>“{code.name}” goes to the trash. You can undo the merge right after.</li>
            </ul>
          )}
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy || !target}>
              {busy ? 'Merging…' : target ? `Merge into “${target.name}”` : 'Merge'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
