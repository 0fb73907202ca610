import { useEffect, useState } from 'react';
import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';
import { CodeSelect } from './CodeSelect';
import { subtreeIds } from './codeTree';

interface DeleteCodeDialogProps {
  code: CodeWithCounts | null;
  codes: readonly CodeWithCounts[];
  onClose: () => void;
  onDeleted: (code: CodeWithCounts, result: { movedUses: number; removedUses: number }, to: CodeWithCounts | null) => void;
}

/** Asks where the code's uses go (another code, or removed) and says what happens to its sub-codes. */
export function DeleteCodeDialog({ code, codes, onClose, onDeleted }: DeleteCodeDialogProps) {
  const mutate = useMutate();
  const [where, setWhere] = useState<'move' | 'remove'>('move');
  const [targetId, setTargetId] = useState('');
  const { busy, problem, setProblem, run } = useBusyAction();

  useEffect(() => {
    setWhere(code && code.uses > 0 ? 'move' : 'remove');
    setTargetId('');
    setProblem(null);
  }, [code, setProblem]);

  const children = code ? codes.filter((c) => c.parentId === code.id) : [];
  const parent = code ? codes.find((c) => c.id === code.parentId) : undefined;
  const target = where === 'move' ? (codes.find((c) => c.id === targetId) ?? null) : null;
  const ready = !code || code.uses === 0 || where === 'remove' || target !== null;

  function remove() {
    if (!code || !ready) return;
    void run(async () => {
      const result = await mutate('codes.delete', { id: code.id, usesTo: code.uses > 0 && target ? target.id : null });
      onDeleted(code, result, target);
      onClose();
    }, errorMessage);
  }

  return (
    <ConfirmDialog
      open={code !== null}
      className="dialog-wide"
      titleId="delete-code-title"
      title={code && <>Delete “{code.name}”?</>}
      subtitle={code && (code.uses > 0 ? `It is used ${plural(code.uses, 'time')} in ${plural(code.documents, 'document')}. Where should those uses go?` : 'It is not used anywhere.')}
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      disabled={!ready}
      confirmLabel="Delete code"
      busyLabel="Deleting…"
      onConfirm={remove}
      onClose={onClose}
    >
      {code && code.uses > 0 && (
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
      {code && (
        <ul className="dialog-list">
          {children.length > 0 && (
            <li>
              Its {plural(children.length, 'sub-code')} move up to {parent ? `“${parent.name}”` : 'the top level'}.
            </li>
          )}
          <li>“{code.name}” goes to the trash. You can undo this right after.</li>
        </ul>
      )}
    </ConfirmDialog>
  );
}
