import { useEffect, useState } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { useMutate } from '../undo/useMutate';
import { CodeSelect } from './CodeSelect';
import { subtreeIds } from './codeTree';

interface MoveCodeDialogProps {
  code: CodeWithCounts | null;
  codes: readonly CodeWithCounts[];
  onClose: () => void;
  onMoved: (code: Code) => void;
}

/** "Move to…": any code outside the one moved (and its sub-codes), or the top level. */
export function MoveCodeDialog({ code, codes, onClose, onMoved }: MoveCodeDialogProps) {
  const mutate = useMutate();
  const [parentId, setParentId] = useState('');
  const { busy, problem, setProblem, run } = useBusyAction();

  useEffect(() => {
    setParentId(code?.parentId ?? '');
    setProblem(null);
  }, [code, setProblem]);

  function move() {
    if (!code || busy) return;
    if ((code.parentId ?? '') === parentId) return onClose();
    void run(async () => {
      onMoved(await mutate('codes.move', { id: code.id, parentId: parentId || null }));
      onClose();
    }, errorMessage);
  }

  return (
    <ConfirmDialog
      open={code !== null}
      className="dialog-narrow"
      titleId="move-code-title"
      title={code && <>Move “{code.name}”</>}
      subtitle="Its sub-codes and all its uses move with it."
      busy={busy}
      confirmLabel="Move"
      busyLabel="Moving…"
      onConfirm={move}
      onClose={onClose}
    >
      {code && (
        <FormField id="move-code-parent" label="Put it under">
          {() => (
            <>
              <CodeSelect
                id="move-code-parent"
                codes={codes}
                exclude={subtreeIds(codes, code.id)}
                value={parentId}
                emptyLabel="Top level (no parent)"
                aria-describedby={problem ? 'move-code-problem' : undefined}
                onChange={setParentId}
              />
              <ProblemAlert id="move-code-problem" problem={problem} />
            </>
          )}
        </FormField>
      )}
    </ConfirmDialog>
  );
}
