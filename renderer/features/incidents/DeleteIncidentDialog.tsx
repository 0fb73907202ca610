import type { Incident } from '../../../src/shared/schemas/incident';
import { MoveToTrashDialog } from '../../ui/dialog/MoveToTrashDialog';
import { useMutate } from '../undo/useMutate';

interface DeleteIncidentDialogProps {
  incident: Incident | null;
  onClose: () => void;
  onDeleted: (incident: Incident) => void;
}

/** Moves an incident to the trash, saying what goes and what stays. */
export function DeleteIncidentDialog({ incident, onClose, onDeleted }: DeleteIncidentDialogProps) {
  const mutate = useMutate();
  return (
    <MoveToTrashDialog
      open={incident !== null}
      idPrefix="delete-incident"
      noun="incident"
      title={incident && <>Move “<bdi>{incident.title}</bdi>” to the trash?</>}
      goes="the incident, with its dates, place, description and links."
      stays="the figures, quotes and accounts about it, and its case."
      onMove={async () => {
        if (!incident) return;
        await mutate('incidents.delete', { id: incident.id });
        onDeleted(incident);
      }}
      onClose={onClose}
    />
  );
}
