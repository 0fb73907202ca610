import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { useReportData } from '../reports/useReportData';
import { useDataVersion } from '../undo/dataVersion';
import { FigureListPanel } from './FigureListPanel';
import { ReconciliationPanel } from './ReconciliationPanel';
import { useIncidents } from './useIncidents';
import '../reports/reports.css';
import './figures.css';

interface FiguresViewProps {
  /** Goes up when the library changes outside the data version (imports, the demo). */
  version: number;
  /** The case the library is filtered by; the reconciliation covers the same case. */
  caseId: string | null;
  cases: readonly Case[];
  onSelectCase: (caseId: string | null) => void;
  onOpenArticle: (articleId: string) => void;
}

type Tab = 'reconcile' | 'list';
/** `all`: "All figures" was chosen on purpose (otherwise the scope follows the case in context). */
const remembered: { tab: Tab; incidentId: string | null; all: boolean } = { tab: 'reconcile', incidentId: null, all: false };

/** The "Figures" centre view: the reconciliation of a case or incident, and the list of every figure. */
export function FiguresView({ version, caseId, cases, onSelectCase, onOpenArticle }: FiguresViewProps) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const incidents = useIncidents();
  const [tab, setTab] = useState<Tab>(remembered.tab);
  const [incidentId, setIncidentId] = useState<string | null>(remembered.incidentId);
  const incident = incidents.find((i) => i.id === incidentId) ?? null;
  // The case in context: the library's, or else the workspace's only case, unless "All figures" was chosen.
  const currentCase = cases.find((c) => c.id === caseId) ?? (!remembered.all && cases.length === 1 ? cases[0] : null);
  const scope = incident ? { incidentId: incident.id } : currentCase ? { caseId: currentCase.id } : {};
  const scopeLabel = incident ? `the incident “${incident.title}”` : currentCase ? `the case “${currentCase.title}”` : 'all figures';
  const reconciliation = useReportData(tab === 'reconcile' ? `r:${JSON.stringify(scope)}:${version}:${dataVersion}` : null, () => client.call('figures.reconcile', scope));

  const choose = (next: Tab) => setTab((remembered.tab = next));
  function chooseScope(value: string) {
    const [kind, id] = value.split(':');
    setIncidentId((remembered.incidentId = kind === 'incident' ? id : null));
    remembered.all = kind === 'all';
    if (kind === 'case') onSelectCase(id);
    else if (kind === 'all') onSelectCase(null);
  }
  const scopeValue = incident ? `incident:${incident.id}` : currentCase ? `case:${currentCase.id}` : 'all:';

  return (
    <section className="pane view figures-view" aria-labelledby="figures-heading">
      <header className="view-header">
        <h2 id="figures-heading" className="view-title">
          Figures
        </h2>
        <div className="report-tabs" role="tablist" aria-label="Figures">
          {(['reconcile', 'list'] as const).map((t) => (
            <button key={t} type="button" role="tab" id={`figures-tab-${t}`} aria-selected={tab === t} aria-controls="figures-panel" className="report-tab" onClick={() => choose(t)}>
              {t === 'reconcile' ? 'Reconciliation' : 'All figures'}
            </button>
          ))}
        </div>
        {tab === 'reconcile' && (
          <div className="reports-scope">
            <label htmlFor="figures-scope" className="field-label">
              Scope
            </label>
            <select id="figures-scope" className="input" value={scopeValue} onChange={(e) => chooseScope(e.target.value)}>
              <option value="all:">All figures (every case)</option>
              {cases.map((c) => (
                <option key={c.id} value={`case:${c.id}`}>
                  Case: {c.title}
                </option>
              ))}
              {incidents.map((i) => (
                <option key={i.id} value={`incident:${i.id}`}>
                  Incident: {i.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </header>
      <div id="figures-panel" className="reports-body figures-body" role="tabpanel" aria-labelledby={`figures-tab-${tab}`} aria-busy={reconciliation.loading}>
        {tab === 'list' ? (
          <FigureListPanel cases={cases} caseId={caseId} onOpenArticle={onOpenArticle} />
        ) : reconciliation.error ? (
          <p className="field-error" role="alert">
            The reconciliation could not be made: {reconciliation.error}
          </p>
        ) : (
          reconciliation.data && (
            <>
              <p className="recon-scope-shown" data-testid="recon-scope">
                Showing {scopeLabel === 'all figures' ? 'all figures, of every case and incident' : `the figures of ${scopeLabel}`}.
              </p>
              <ReconciliationPanel data={reconciliation.data} scopeLabel={scopeLabel} onOpenArticle={onOpenArticle} />
            </>
          )
        )}
      </div>
    </section>
  );
}
