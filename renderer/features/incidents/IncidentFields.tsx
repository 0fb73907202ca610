import type { Case } from '../../../src/shared/schemas/case';
import type { DatePrecision } from '../../../src/shared/schemas/incident';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { IncidentDateField } from './IncidentDateField';
import type { IncidentDraft, IncidentErrors, IncidentField } from './incidentDraft';
import { IncidentPlaceFields } from './IncidentPlaceFields';
import { INCIDENT_STATUSES, statusHint, statusLabel } from './incidentWords';

interface IncidentFieldsProps {
  idPrefix: string;
  draft: IncidentDraft;
  errors: IncidentErrors;
  cases: readonly Case[];
  onChange: (field: IncidentField, value: string) => void;
}

/** Every field of an incident: what, when (day or month), where, status and case. */
export function IncidentFields({ idPrefix, draft, errors, cases, onChange }: IncidentFieldsProps) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <TextField id={id('title')} label="Title" error={errors.title} dir="auto" autoComplete="off" maxLength={500} value={draft.title} onValue={(v) => onChange('title', v)} />
      <div className="record-form-row">
        <TextField id={id('type')} label="Type" hint="Shelling, raid, execution, abduction…" error={errors.type} dir="auto" autoComplete="off" maxLength={200} value={draft.type} onValue={(v) => onChange('type', v)} />
        <SelectField id={id('status')} label="Status" hint={statusHint[draft.status]} error={errors.status} value={draft.status} onValue={(v) => onChange('status', v)}>
          {INCIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel[s]}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('case')} label="Case" error={errors.caseId} value={draft.caseId} onValue={(v) => onChange('caseId', v)}>
          <option value="">No case</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="record-form-row incident-dates">
        <IncidentDateField
          id={id('start')}
          label="Start"
          value={draft.start}
          precision={draft.startPrecision}
          error={errors.start}
          onChange={(v) => onChange('start', v)}
          onPrecisionChange={(p: DatePrecision) => onChange('startPrecision', p)}
        />
        <IncidentDateField
          id={id('end')}
          label="End"
          value={draft.end}
          precision={draft.endPrecision}
          error={errors.end}
          onChange={(v) => onChange('end', v)}
          onPrecisionChange={(p: DatePrecision) => onChange('endPrecision', p)}
        />
      </div>
      <IncidentPlaceFields idPrefix={idPrefix} draft={draft} errors={errors} onChange={onChange} />
      <TextField
        id={id('description')}
        label="Description"
        hint="What happened, as far as the sources agree. Optional."
        error={errors.description}
        multiline
        rows={4}
        dir="auto"
        value={draft.description}
        onValue={(v) => onChange('description', v)}
      />
    </>
  );
}
