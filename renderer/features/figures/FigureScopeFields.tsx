import type { Case } from '../../../src/shared/schemas/case';
import type { CountingMethod, Figure } from '../../../src/shared/schemas/figure';
import type { Incident } from '../../../src/shared/schemas/incident';
import { FormField } from '../../ui/form/FormField';
import type { FigureFieldProps } from './figureDraft';
import { COUNTING_METHOD_OPTION, countInWords, asOfWords, GROUP_LABEL } from './figureWords';

interface FigureScopeFieldsProps extends FigureFieldProps {
  cases: readonly Case[];
  incidents: readonly Incident[];
  /** Earlier figures of the same reporter this one may update. */
  earlier: readonly Figure[];
}

/** Where and when the count applies, which incident and case it belongs to, how it was counted and what it updates. */
export function FigureScopeFields({ draft, errors, set, cases, incidents, earlier }: FigureScopeFieldsProps) {
  const text = (field: 'scopePlace', id: string, label: string, hint?: string) => (
    <FormField id={id} label={label} error={errors[field]} hint={hint}>
      {(describedBy, invalid) => (
        <input id={id} className="input" dir="auto" autoComplete="off" value={draft[field]} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set(field, e.target.value)} />
      )}
    </FormField>
  );
  const date = (field: 'scopePeriodStart' | 'scopePeriodEnd', id: string, label: string) => (
    <FormField id={id} label={label} error={errors[field]}>
      {(describedBy, invalid) => (
        <input id={id} type="date" className="input" value={draft[field]} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set(field, e.target.value)} />
      )}
    </FormField>
  );
  return (
    <fieldset className="ev-section">
      <legend className="ev-section-title">Scope and method</legend>
      <div className="ev-grid ev-grid-3">
        {text('scopePlace', 'figure-place', 'Place', 'As the source puts it: “Syria’s coastal region”.')}
        {date('scopePeriodStart', 'figure-period-start', 'Period from')}
        {date('scopePeriodEnd', 'figure-period-end', 'Period to')}
        <FormField id="figure-incident" label="Incident" error={errors.incidentId}>
          {(describedBy, invalid) => (
            <select id="figure-incident" className="input" value={draft.incidentId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('incidentId', e.target.value)}>
              <option value="">— None</option>
              {incidents.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                  {i.start ? ` (${i.start})` : ''}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="figure-case" label="Case" error={errors.caseId} hint="A figure from an article counts in the article’s cases anyway.">
          {(describedBy, invalid) => (
            <select id="figure-case" className="input" value={draft.caseId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('caseId', e.target.value)}>
              <option value="">— Through its article</option>
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="figure-method" label="Counting method" error={errors.countingMethod}>
          {(describedBy, invalid) => (
            <select
              id="figure-method"
              className="input"
              value={draft.countingMethod}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('countingMethod', e.target.value as CountingMethod)}
            >
              {(Object.keys(COUNTING_METHOD_OPTION) as CountingMethod[]).map((m) => (
                <option key={m} value={m}>
                  {COUNTING_METHOD_OPTION[m]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id="figure-updates" label="Updates" error={errors.updatesId} hint="An earlier figure of the same reporter that this one replaces.">
        {(describedBy, invalid) => (
          <select id="figure-updates" className="input" value={draft.updatesId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('updatesId', e.target.value)}>
            <option value="">{draft.reporterId ? (earlier.length ? '— Nothing (a first figure)' : '— No earlier figure of this reporter') : '— Choose the reporter first'}</option>
            {earlier.map((f) => (
              <option key={f.id} value={f.id}>
                {f.outcome}, {GROUP_LABEL[f.group].toLowerCase()}: {countInWords(f)}, {asOfWords(f.asOfDate ?? f.reportedDate)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="figure-memo" label="Memo" error={errors.memo}>
        {(describedBy, invalid) => (
          <textarea id="figure-memo" className="input" dir="auto" rows={2} value={draft.memo} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('memo', e.target.value)} />
        )}
      </FormField>
    </fieldset>
  );
}
