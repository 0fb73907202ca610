import type { Case } from '../../../src/shared/schemas/case';
import type { DatePrecision, IncidentStatus } from '../../../src/shared/schemas/incident';
import { FormField } from '../../ui/form/FormField';
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
      <FormField id={id('title')} label="Title" error={errors.title}>
        {(describedBy, invalid) => (
          <input
            id={id('title')}
            className="input"
            dir="auto"
            autoComplete="off"
            maxLength={500}
            value={draft.title}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange('title', e.target.value)}
          />
        )}
      </FormField>
      <div className="record-form-row">
        <FormField id={id('type')} label="Type" hint="Shelling, raid, execution, abduction…" error={errors.type}>
          {(describedBy, invalid) => (
            <input
              id={id('type')}
              className="input"
              dir="auto"
              autoComplete="off"
              maxLength={200}
              value={draft.type}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => onChange('type', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={id('status')} label="Status" hint={statusHint[draft.status]} error={errors.status}>
          {(describedBy, invalid) => (
            <select id={id('status')} className="input" value={draft.status} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange('status', e.target.value as IncidentStatus)}>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('case')} label="Case" error={errors.caseId}>
          {(describedBy, invalid) => (
            <select id={id('case')} className="input" value={draft.caseId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange('caseId', e.target.value)}>
              <option value="">No case</option>
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
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
      <FormField id={id('description')} label="Description" hint="What happened, as far as the sources agree. Optional." error={errors.description}>
        {(describedBy, invalid) => (
          <textarea
            id={id('description')}
            className="input"
            dir="auto"
            rows={4}
            value={draft.description}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange('description', e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
