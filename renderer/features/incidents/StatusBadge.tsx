import type { IncidentStatus } from '../../../src/shared/schemas/incident';
import { statusLabel } from './incidentWords';

const icon: Record<IncidentStatus, string> = { pending: '○', confirmed: '✓', contested: '!' };

/** An incident's status, as an icon and a word (never colour alone). */
export function StatusBadge({ status }: { status: IncidentStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-badge-icon" aria-hidden="true">
        {icon[status]}
      </span>
      {statusLabel[status]}
    </span>
  );
}
