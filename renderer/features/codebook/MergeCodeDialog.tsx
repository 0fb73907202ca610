import { useEffect, useState } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { FormField } from '../../ui/form/FormField';
import { useMutate } from '../undo/useMutate';
import { CodeSelect } from './CodeSelect';
import { subtreeIds } from './codeTree';

interface MergeCodeDialogProps {
  code: CodeWithCounts | null;
  codes: readonly CodeWithCounts[];
  onClose: () => void;
  onMerged: (into: Code, from: CodeWithCounts) => void;
}

/** "Merge into…": choose the code that stays, and read what happens before confirming. */
export function MergeCodeDialog({ code, codes, onClose, onMerged }: MergeCodeDialogProps) {
  const mutate = useMutate();
  const [targetId, setTargetId] = useState('');
  const { busy, problem, setProblem, run } = useBusyAction();
  const target = codes.find((c) => c.id === targetId) ?? null;
  const subCodes = code ? subtreeIds(codes, code.id).size - 1 : 0;

  useEffect(() => {
    setTargetId('');
    setProblem(null);
  }, [code, setProblem]);

  function merge() {
    if (!code || !target) return;
    void run(async () => {
      onMerged(await mutate('codes.merge', { sourceId: code.id, targetId: target.id }), code);
      onClose();
    }, errorMessage);
  }

  return (
    <ConfirmDialog
      open={code !== null}
      className="dialog-wide"
      titleId="merge-code-title"
      title={code && <>Merge “{code.name}” into another code</>}
      busy={busy}
      problem={problem}
      disabled={!target}
      confirmLabel={target ? `Merge into “${target.name}”` : 'Merge'}
      busyLabel="Merging…"
      onConfirm={merge}
      onClose={onClose}
    >
      {code && (
        <FormField id="merge-code-target" label="The code that stays">
          {() => <CodeSelect id="merge-code-target" codes={codes} exclude={subtreeIds(codes, code.id)} value={targetId} emptyLabel="Choose a code…" onChange={setTargetId} />}
        </FormField>
      )}
      {code && target && (
        <ul className="dialog-list" aria-live="polite">
          <li>
            The uses combine: the {plural(code.uses, 'use')} of “{code.name}” join the {plural(target.uses, 'use')} of “{target.name}” (an item coded with both keeps one).
          </li>
          {subCodes > 0 && <li>Its {plural(subCodes, 'sub-code')} move under “{target.name}”; sub-codes with the same name merge too.</li>}
          <li>“{code.name}” goes to the trash. You can undo the merge right after.</li>
        </ul>
      )}
    </ConfirmDialog>
  );
}
