import type { Incident } from '../../../src/shared/schemas/incident';
import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { useMutate } from '../undo/useMutate';

interface DeleteIncidentDialogProps {
  incident: Incident | null;
  onClose: () => void;
  onDeleted: (incident: Incident) => void;
}

/** Moves an incident to the trash, saying what goes and what stays. */
export function DeleteIncidentDialog({ incident, onClose, onDeleted }: DeleteIncidentDialogProps) {
  const mutate = useMutate();
  const { busy, problem, run } = useBusyAction();

  function remove() {
    if (!incident) return;
    void run(
      async () => {
        await mutate('incidents.delete', { id: incident.id });
        onDeleted(incident);
        onClose();
      },
      (error) => `The incident was not moved to the trash: ${errorMessage(error)}`,
    );
  }

  return (
    <ConfirmDialog
      open={incident !== null}
      className="dialog-narrow"
      titleId="delete-incident-title"
      title={incident && <>Move “<bdi>{incident.title}</bdi>” to the trash?</>}
      describedBy="delete-incident-what"
      busy={busy}
      problem={problem}
      cancelFirst
      tone="danger"
      confirmLabel="Move to trash"
      busyLabel="Moving…"
      onConfirm={remove}
      onClose={onClose}
    >
      <ul id="delete-incident-what" className="dialog-list">
        <li>
          <strong>Goes to the trash:</strong> the incident, with its dates, place, description and links.
        </li>
        <li>
          <strong>Stays:</strong> the figures, quotes and accounts about it, and its case.
        </li>
        <li>You can restore it from the trash, or undo right after.</li>
      </ul>
    </ConfirmDialog>
  );
}
