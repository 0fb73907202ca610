import { useCallback, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Witness } from '../../../src/shared/schemas/witness';
import { formatCount } from '../../lib/format';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { focusRecordTable } from '../actors/RecordTable';
import { DeleteWitnessDialog } from './DeleteWitnessDialog';
import { NewWitnessDialog } from './NewWitnessDialog';
import { useWitnessList } from './useWitnessList';
import { WitnessDetail } from './WitnessDetail';
import { WITNESS_TABLE_ID, WitnessTable } from './WitnessTable';
import '../actors/recordLayout.css';
import './witnesses.css';

interface WitnessesViewProps {
  /** The case the library is filtered by: the view starts from it. */
  caseId: string | null;
  cases: readonly Case[];
}

const remembered: { selectedId: string | null } = { selectedId: null };

/**
 * Witnesses, known by code only, with their consent; the selected witness's details beside the list.
 * Identifying details are never part of the list, and are hidden again whenever the witness changes.
 */
export function WitnessesView({ caseId, cases }: WitnessesViewProps) {
  const [scope, setScope] = useState(caseId);
  const [libraryCase, setLibraryCase] = useState(caseId);
  if (libraryCase !== caseId) {
    setLibraryCase(caseId);
    setScope(caseId);
  }
  const [selectedId, setSelectedId] = useState(remembered.selectedId);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Witness | null>(null);
  const list = useWitnessList(scope);
  const select = useCallback((id: string | null) => setSelectedId((remembered.selectedId = id)), []);

  return (
    <section className="pane view record-view" aria-labelledby="witnesses-heading">
      <header className="view-header view-header-spread">
        <div className="view-heading">
          <h2 id="witnesses-heading" className="view-title">
            Witnesses
          </h2>
          <p className="view-summary">{list.loaded ? `${formatCount(list.witnesses.length)} by code` : ''}</p>
        </div>
        <div className="record-actions">
          <label className="visually-hidden" htmlFor="witnesses-scope">
            Witnesses of
          </label>
          <select id="witnesses-scope" className="input" value={scope ?? ''} onChange={(e) => setScope(e.target.value || null)}>
            <option value="">All cases</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                Case: {c.title}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-small" onClick={() => setCreating(true)}>
            New witness…
          </button>
        </div>
      </header>
      <div className="record-body witnesses-body">
        <div className="record-list-panel">
          <ProblemAlert problem={list.error && `The witnesses could not be read: ${list.error}`} className="record-message" />
          {list.loaded && !list.error && list.witnesses.length === 0 && (
            <p className="record-message">{scope ? 'No witness in this case.' : 'No witnesses yet. Register one to record their consent and accounts.'}</p>
          )}
          {list.witnesses.length > 0 && (
            <WitnessTable
              witnesses={list.witnesses}
              selectedId={selectedId}
              busy={!list.loaded}
              onSelect={select}
              onActivate={() => requestAnimationFrame(() => document.getElementById('witness-case')?.focus())}
            />
          )}
          <p className="witnesses-note">Witnesses are listed by code only. Their identifying details are never listed or searchable.</p>
        </div>
        <div className="record-detail-panel">
          {selectedId ? (
            <WitnessDetail key={selectedId} witnessId={selectedId} cases={cases} onDelete={setDeleting} />
          ) : (
            <p className="record-placeholder">Select a witness to see their consent and accounts. Identifying details stay hidden until you ask to see them.</p>
          )}
        </div>
      </div>
      <NewWitnessDialog open={creating} caseId={scope} cases={cases} onClose={() => setCreating(false)} onCreated={(w) => (select(w.id), focusRecordTable(WITNESS_TABLE_ID))} />
      <DeleteWitnessDialog witness={deleting} onClose={() => setDeleting(null)} onDeleted={() => (select(null), focusRecordTable(WITNESS_TABLE_ID))} />
    </section>
  );
}
