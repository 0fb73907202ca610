import type { Case } from '../../../src/shared/schemas/case';
import type { AccountRelation } from '../../../src/shared/schemas/witness';
import { FormField } from '../../ui/form/FormField';
import type { AccountDraft, AccountErrors, AccountField } from './accountDraft';
import { AccountInput } from './AccountInput';
import { ACCOUNT_RELATIONS, relationLabel } from './accountWords';

interface AccountFieldsProps {
  draft: AccountDraft;
  errors: AccountErrors;
  cases: readonly Case[];
  onChange: (field: AccountField, value: string) => void;
}

/** The account's fields: the interview, the witness's relation to events, the narrative and its translation, the incident. */
export function AccountFields({ draft, errors, cases, onChange }: AccountFieldsProps) {
  const common = { draft, errors, onChange };
  return (
    <>
      <fieldset className="record-fieldset">
        <legend className="record-fieldset-legend">Interview</legend>
        <div className="record-form-row">
          <AccountInput field="interviewDate" label="Interview date" type="date" {...common} />
          <AccountInput field="interviewer" label="Interviewer" {...common} />
          <AccountInput field="language" label="Language" hint="A tag: ar, en, ku…" {...common} />
        </div>
        <div className="record-form-row">
          <AccountInput field="interpreter" label="Interpreter" optional {...common} />
          <AccountInput field="locationCoarse" label="Location (coarse)" hint="District or town only; the exact place belongs to the identifying details." {...common} />
        </div>
        <div className="record-form-row">
          <FormField id="account-relation" label="Relation to the events" error={errors.relation}>
            {(describedBy, invalid) => (
              <select
                id="account-relation"
                className="input"
                value={draft.relation}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => onChange('relation', e.target.value as AccountRelation)}
              >
                {ACCOUNT_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {relationLabel[r]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="account-case" label="Case" error={errors.caseId}>
            {(describedBy, invalid) => (
              <select id="account-case" className="input" value={draft.caseId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange('caseId', e.target.value)}>
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
      </fieldset>
      <AccountInput field="narrative" label="Narrative" rows={8} hint="What the witness said, in the language they said it." {...common} />
      <AccountInput field="translation" label="Translation" optional rows={5} {...common} />
      <fieldset className="record-fieldset">
        <legend className="record-fieldset-legend">The incident described</legend>
        <div className="record-form-row">
          <AccountInput field="incidentDate" label="Incident date" type="date" optional {...common} />
          <AccountInput field="incidentPlace" label="Incident place" optional {...common} />
        </div>
      </fieldset>
      <AccountInput field="reliabilityNote" label="Reliability note" optional rows={3} hint="How the witness knows, consistency, possible bias or pressure." {...common} />
    </>
  );
}
