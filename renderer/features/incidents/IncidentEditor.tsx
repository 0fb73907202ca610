import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Incident } from '../../../src/shared/schemas/incident';
import { useMutate } from '../undo/useMutate';
import { draftFromIncident, INCIDENT_FIELDS, incidentChanged, incidentInput, newIncidentDraft, validateIncident, type IncidentDraft, type IncidentField } from './incidentDraft';
import { IncidentFields } from './IncidentFields';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { RecordFormActions } from '../../ui/form/RecordFormActions';
import { issueMessages, useRecordForm } from '../../ui/form/useRecordForm';

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
  const dirty = incident ? incidentChanged(draft, incident) : true;
  const form = useRecordForm({
    dirty,
    check: () => validateIncident(draft),
    save: () => (incident ? mutate('incidents.update', { id: incident.id, patch: incidentInput(draft) }) : mutate('incidents.create', incidentInput(draft))),
    onSaved: (saved) => onSaved(saved, !incident),
    failed: (error) => issueMessages(error, incident ? 'patch.' : '', INCIDENT_FIELDS),
    fieldId: (field) => `${ID_PREFIX}-${field === 'caseId' ? 'case' : field}`,
    // A change from elsewhere (undo) starts the form again from the stored incident.
    version: incident?.updatedAt,
    restart: () => incident && setDraft(draftFromIncident(incident)),
  });

  const change = (field: IncidentField, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <form className="record-form" aria-label={incident ? `Edit incident ${incident.title}` : 'New incident'} onSubmit={form.submit} onKeyDown={form.onKeyDown} noValidate>
      <IncidentFields idPrefix={ID_PREFIX} draft={draft} errors={form.errors} cases={cases} onChange={change} />
      <ProblemAlert problem={form.problem} />
      <RecordFormActions
        {...form.actions}
        editing={Boolean(incident)}
        createLabel="Create incident"
        onRevert={() => incident && (setDraft(draftFromIncident(incident)), form.clearMessages('fields'))}
        onCancel={onCancel}
      />
    </form>
  );
}
