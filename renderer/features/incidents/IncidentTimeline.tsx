import type { Case } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { plural } from '../../lib/format';
import { useLiveQuery } from '../actors/useLiveQuery';
import { incidentPlace, incidentWhen } from './incidentWords';
import { StatusBadge } from './StatusBadge';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import './timeline.css';

interface IncidentTimelineProps {
  caseId: string | null;
  cases: readonly Case[];
  onSelectCase: (caseId: string) => void;
  onOpen: (incidentId: string) => void;
}

/** A case's incidents by date (undated last), each with how many figures, quotes and accounts it has. */
export function IncidentTimeline({ caseId, cases, onSelectCase, onOpen }: IncidentTimelineProps) {
  const client = useClient();
  const timeline = useLiveQuery(caseId ? `timeline|${caseId}` : null, () => client.call('incidents.timeline', { caseId: caseId! }).then((r) => r.items));
  const currentCase = cases.find((c) => c.id === caseId);

  if (!caseId || !currentCase) {
    return (
      <div className="timeline-empty">
        <p>A timeline shows the incidents of one case. Choose the case:</p>
        {cases.length === 0 ? (
          <p className="record-form-status">No cases yet: create one in the library’s Cases section.</p>
        ) : (
          <ul className="timeline-cases">
            {cases.map((c) => (
              <li key={c.id}>
                <button type="button" className="btn btn-small" onClick={() => onSelectCase(c.id)}>
                  {c.title}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const items = timeline.data ?? [];
  return (
    <div className="timeline" aria-busy={!timeline.loaded}>
      <p className="record-form-status">
        {timeline.loaded ? `${plural(items.length, 'incident')} in “${currentCase.title}”, by date; undated ones last.` : ''}
      </p>
      <ProblemAlert problem={timeline.error && `The timeline could not be made: ${timeline.error}`} />
      {timeline.loaded && items.length === 0 && <p className="record-placeholder">No incidents in this case yet. Create one with “New incident…”.</p>}
      <ol className="timeline-list" aria-label={`Timeline of ${currentCase.title}`}>
        {items.map(({ incident, figures, quotes, accounts }) => (
          <li key={incident.id} className="timeline-item">
            <span className="timeline-date">{incidentWhen(incident)}</span>
            <span className="timeline-dot" aria-hidden="true" />
            <div className="timeline-card">
              <button type="button" className="timeline-title" dir="auto" onClick={() => onOpen(incident.id)}>
                {incident.title}
              </button>
              <p className="timeline-meta">
                <StatusBadge status={incident.status} />
                {incidentPlace(incident) && <bdi>{incidentPlace(incident)}</bdi>}
              </p>
              <p className="timeline-counts">
                <span className={figures ? undefined : 'is-zero'}>{plural(figures, 'figure')}</span>
                <span className={quotes ? undefined : 'is-zero'}>{plural(quotes, 'quote')}</span>
                <span className={accounts ? undefined : 'is-zero'}>{plural(accounts, 'account')}</span>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
