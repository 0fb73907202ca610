import type { Case } from '../../../src/shared/schemas/case';
import type { Incident } from '../../../src/shared/schemas/incident';
import { useClient } from '../../api/ClientContext';
import { plural } from '../../lib/format';
import { useLiveQuery } from '../actors/useLiveQuery';
import { EvidenceCodes } from '../highlights/EvidenceCodes';
import { IncidentEditor } from './IncidentEditor';
import { incidentPlace, incidentWhen } from './incidentWords';
import { LinksPanel } from './LinksPanel';
import { StatusBadge } from './StatusBadge';

interface IncidentDetailProps {
  incidentId: string;
  cases: readonly Case[];
  onDelete: (incident: Incident) => void;
}

/** One incident: what is linked to it, its form, its codes, its links to other records, and delete. */
export function IncidentDetail({ incidentId, cases, onDelete }: IncidentDetailProps) {
  const client = useClient();
  const query = useLiveQuery(`incident|${incidentId}`, () => client.call('incidents.get', { id: incidentId }));
  const incident = query.data?.id === incidentId ? query.data : null;
  if (query.error && !incident) {
    return (
      <p className="record-placeholder" role="alert">
        This incident could not be read: {query.error}
      </p>
    );
  }
  if (!incident) return <p className="record-placeholder">Loading…</p>;
  const caseTitle = cases.find((c) => c.id === incident.caseId)?.title;
  const place = incidentPlace(incident);
  return (
    <article className="record-detail" aria-labelledby="incident-detail-title">
      <header className="record-detail-header">
        <h3 id="incident-detail-title" className="record-detail-title" dir="auto">
          {incident.title}
        </h3>
        <p className="record-detail-meta">
          <StatusBadge status={incident.status} /> {incidentWhen(incident)}
          {place && (
            <>
              {' · '}
              <bdi>{place}</bdi>
            </>
          )}
          {caseTitle && <> · Case: {caseTitle}</>}
        </p>
        <p className="record-detail-meta">
          Evidence: {plural(incident.figureIds.length, 'figure')} · {plural(incident.quoteIds.length, 'quote')} · {plural(incident.accountIds.length, 'account')}
        </p>
      </header>
      <IncidentEditor key={incident.id} incident={incident} caseId={incident.caseId} cases={cases} onSaved={() => undefined} />
      <EvidenceCodes itemType="incident" itemId={incident.id} />
      <LinksPanel type="incident" id={incident.id} selfName="incident" />
      <div className="record-more" role="group" aria-label="Remove">
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onDelete(incident)}>
          Move to trash…
        </button>
      </div>
    </article>
  );
}
