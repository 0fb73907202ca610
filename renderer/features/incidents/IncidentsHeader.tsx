import type { Case } from '../../../src/shared/schemas/case';
import type { IncidentStatus } from '../../../src/shared/schemas/incident';
import { formatCount } from '../../lib/format';
import { INCIDENT_STATUSES, statusLabel } from './incidentWords';

export type IncidentMode = 'list' | 'timeline';

interface IncidentsHeaderProps {
  mode: IncidentMode;
  count: number | null;
  scope: string | null;
  status: IncidentStatus | '';
  cases: readonly Case[];
  onMode: (mode: IncidentMode) => void;
  onScope: (caseId: string | null) => void;
  onStatus: (status: IncidentStatus | '') => void;
  onNew: () => void;
}

/** The incidents view's title line: list or timeline, which case, which status, and "New incident…". */
export function IncidentsHeader({ mode, count, scope, status, cases, onMode, onScope, onStatus, onNew }: IncidentsHeaderProps) {
  return (
    <header className="view-header view-header-spread">
      <div className="view-heading">
        <h2 id="incidents-heading" className="view-title">
          Incidents
        </h2>
        <p className="view-summary">{count === null ? '' : `${formatCount(count)} shown`}</p>
      </div>
      <div className="pane-switcher" role="group" aria-label="Show incidents as">
        {(['list', 'timeline'] as const).map((m) => (
          <button key={m} type="button" className={mode === m ? 'pane-switcher-button is-active' : 'pane-switcher-button'} aria-pressed={mode === m} onClick={() => onMode(m)}>
            {m === 'list' ? 'List' : 'Timeline'}
          </button>
        ))}
      </div>
      <div className="record-actions">
        <label className="visually-hidden" htmlFor="incidents-scope">
          Incidents of
        </label>
        <select id="incidents-scope" className="input" value={scope ?? ''} onChange={(e) => onScope(e.target.value || null)}>
          <option value="">{mode === 'timeline' ? 'Choose a case…' : 'All cases'}</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              Case: {c.title}
            </option>
          ))}
        </select>
        {mode === 'list' && (
          <>
            <label className="visually-hidden" htmlFor="incidents-status">
              Status
            </label>
            <select id="incidents-status" className="input" value={status} onChange={(e) => onStatus(e.target.value as IncidentStatus | '')}>
              <option value="">Any status</option>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel[s]}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" className="btn btn-small" onClick={onNew}>
          New incident…
        </button>
      </div>
    </header>
  );
}
