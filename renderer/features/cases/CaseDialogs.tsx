import { CaseDialog } from './CaseDialog';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import type { CaseWorkbench } from './useCaseWorkbench';

/** The case dialogs, mounted once for the whole app. */
export function CaseDialogs({ workbench }: { workbench: CaseWorkbench }) {
  return (
    <>
      <CaseDialog target={workbench.editing} onClose={workbench.closeEdit} onSaved={workbench.onSaved} />
      <DeleteCaseDialog target={workbench.deleting} onClose={workbench.closeDelete} onDeleted={workbench.onDeleted} />
    </>
  );
}
