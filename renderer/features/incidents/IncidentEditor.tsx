import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Incident } from '../../../src/shared/schemas/incident';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { modKey } from '../../lib/platform';
import { useMutate } from '../undo/useMutate';
import { draftFromIncident, INCIDENT_FIELDS, incidentChanged, incidentInput, newIncidentDraft, validateIncident, type IncidentDraft, type IncidentErrors, type IncidentField } from './incidentDraft';
import { IncidentFields } from './IncidentFields';
import { ProblemAlert } from '../../ui/form/ProblemAlert';

interface IncidentEditorProps {
  /** The incident to edit, or null for a new one (in `caseId`). */
  incident: Incident | null;
  caseId: string | null;
  cases: readonly Case[];
  onSaved: (incident: Incident, created: boolean) => void;
  onCancel?: () => void;
}

const ID_PREFIX = 'incident';

/** The incident form, new or existing: checks what it can, then saves; messages appear under their field. */
export function IncidentEditor({ incident, caseId, cases, onSaved, onCancel }: IncidentEditorProps) {
  const mutate = useMutate();
  const [draft, setDraft] = useState<IncidentDraft>(() => (incident ? draftFromIncident(incident) : newIncidentDraft(caseId)));
  const [errors, setErrors] = useState<IncidentErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // A change from elsewhere (undo) starts the form again from the stored incident.
  const [base, setBase] = useState(incident?.updatedAt);
  if (incident && base !== incident.updatedAt) {
    setBase(incident.updatedAt);
    setDraft(draftFromIncident(incident));
  }
  const dirty = incident ? incidentChanged(draft, incident) : true;

  function focusField(field: string) {
    requestAnimationFrame(() => document.getElementById(`${ID_PREFIX}-${field === 'caseId' ? 'case' : field}`)?.focus());
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !dirty) return;
    const found = validateIncident(draft);
    setErrors(found);
    setProblem(null);
    const first = Object.keys(found)[0];
    if (first) return focusField(first);
    setBusy(true);
    try {
      const input = incidentInput(draft);
      const saved = incident ? await mutate('incidents.update', { id: incident.id, patch: input }) : await mutate('incidents.create', input);
      setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
      onSaved(saved, !incident);
    } catch (error) {
      const { byField, other } = fieldIssues(error, incident ? 'patch.' : '', INCIDENT_FIELDS);
      setErrors(byField);
      setProblem(Object.keys(byField).length ? null : [errorMessage(error), ...other].join(' '));
      const field = Object.keys(byField)[0];
      if (field) focusField(field);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
    }
  }

  const change = (field: IncidentField, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="record-form" aria-label={incident ? `Edit incident ${incident.title}` : 'New incident'} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <IncidentFields idPrefix={ID_PREFIX} draft={draft} errors={errors} cases={cases} onChange={change} />
      <ProblemAlert problem={problem} />
      <div className="record-form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : incident ? 'Save' : 'Create incident'}
        </button>
        {incident ? (
          <button type="button" className="btn" disabled={busy || !dirty} onClick={() => (setDraft(draftFromIncident(incident)), setErrors({}))}>
            Revert
          </button>
        ) : (
          <button type="button" className="btn" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
        <span className="record-form-status" role="status">
          {hasErrors ? <span className="field-error">Not saved: see the marked field.</span> : incident && dirty ? `Unsaved changes · ${modKey}+S saves` : savedAt ? `Saved at ${savedAt}` : ''}
        </span>
      </div>
    </form>
  );
}
