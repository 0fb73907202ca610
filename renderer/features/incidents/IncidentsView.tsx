import { useCallback, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Incident, IncidentStatus } from '../../../src/shared/schemas/incident';
import { focusRecordTable } from '../actors/RecordTable';
import { useUndoNotice } from '../actors/useUndoNotice';
import { DeleteIncidentDialog } from './DeleteIncidentDialog';
import { IncidentDetail } from './IncidentDetail';
import { IncidentEditor } from './IncidentEditor';
import { IncidentsHeader, type IncidentMode } from './IncidentsHeader';
import { IncidentTimeline } from './IncidentTimeline';
import { INCIDENT_TABLE_ID, IncidentTable } from './IncidentTable';
import { useIncidentList } from './useIncidentList';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import '../actors/recordLayout.css';
import './incidents.css';

interface IncidentsViewProps {
  /** The case the library is filtered by: the view starts from it. */
  caseId: string | null;
  cases: readonly Case[];
}

const remembered: { selectedId: string | null; mode: IncidentMode; status: IncidentStatus | '' } = { selectedId: null, mode: 'list', status: '' };

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Incidents: a sortable list beside the selected incident's form and links, or a case's timeline. */
export function IncidentsView({ caseId, cases }: IncidentsViewProps) {
  const [scope, setScope] = useState(caseId);
  const [libraryCase, setLibraryCase] = useState(caseId);
  if (libraryCase !== caseId) {
    setLibraryCase(caseId);
    setScope(caseId);
  }
  const [mode, setMode] = useState(remembered.mode);
  const [status, setStatus] = useState(remembered.status);
  const [selectedId, setSelectedId] = useState(remembered.selectedId);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Incident | null>(null);
  const list = useIncidentList(scope, status);
  const undoNotice = useUndoNotice();

  const select = useCallback((id: string | null) => {
    setSelectedId((remembered.selectedId = id));
    setCreating(false);
  }, []);
  const chooseMode = (next: IncidentMode) => setMode((remembered.mode = next));
  const startNew = () => {
    chooseMode('list');
    setCreating(true);
    focusSoon('incident-title');
  };
  const onCreated = (incident: Incident) => {
    select(incident.id);
    focusRecordTable(INCIDENT_TABLE_ID);
  };

  return (
    <section className="pane view record-view" aria-labelledby="incidents-heading">
      <IncidentsHeader
        mode={mode}
        count={mode === 'list' && list.loaded ? list.incidents.length : null}
        scope={scope}
        status={status}
        cases={cases}
        onMode={chooseMode}
        onScope={setScope}
        onStatus={(s) => setStatus((remembered.status = s))}
        onNew={startNew}
      />
      {mode === 'timeline' ? (
        <div className="record-detail-panel">
          <IncidentTimeline caseId={scope} cases={cases} onSelectCase={setScope} onOpen={(id) => (select(id), chooseMode('list'), focusRecordTable(INCIDENT_TABLE_ID))} />
        </div>
      ) : (
        <div className="record-body">
          <div className="record-list-panel">
            <ProblemAlert problem={list.error && `The incidents could not be read: ${list.error}`} className="record-message" />
            {list.loaded && !list.error && list.incidents.length === 0 && (
              <p className="record-message">{status || scope ? 'No incident matches.' : 'No incidents yet. An incident is one event: a raid, a shelling, an execution, with its date and place.'}</p>
            )}
            {list.incidents.length > 0 && (
              <IncidentTable incidents={list.incidents} selectedId={selectedId} busy={!list.loaded} onSelect={select} onActivate={() => focusSoon('incident-title')} />
            )}
          </div>
          <div className="record-detail-panel">
            {creating ? (
              <div className="record-detail">
                <header className="record-detail-header">
                  <h3 className="record-detail-title">New incident</h3>
                  <p className="record-detail-meta">One event, with its date (to the day or the month), its place and its status.</p>
                </header>
                <IncidentEditor incident={null} caseId={scope} cases={cases} onSaved={onCreated} onCancel={() => setCreating(false)} />
              </div>
            ) : selectedId ? (
              <IncidentDetail key={selectedId} incidentId={selectedId} cases={cases} onDelete={setDeleting} />
            ) : (
              <p className="record-placeholder">Select an incident to edit it and link the figures, quotes and accounts about it, or create a new one.</p>
            )}
          </div>
        </div>
      )}
      <DeleteIncidentDialog
        incident={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(incident) => {
          select(null);
          focusRecordTable(INCIDENT_TABLE_ID);
          undoNotice(`Moved the incident “${incident.title}” to the trash.`, 'Delete incident “');
        }}
      />
    </section>
  );
}
