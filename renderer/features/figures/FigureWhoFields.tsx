import { GROUPS, OUTCOMES } from '../../../src/shared/domain/figures';
import type { IdentityBasis } from '../../../src/shared/schemas/figure';
import { FormField } from '../../ui/form/FormField';
import { ActorPicker } from './ActorPicker';
import type { FigureDraft, FigureFieldProps } from './figureDraft';
import { GROUP_OPTION, IDENTITY_BASIS_OPTION, OUTCOME_LABEL } from './figureWords';

const REPORTER_TYPES = ['organisation', 'person', 'armed_group'] as const;

/** Who reported the figure and when, what happened to whom, and the identity of those counted. */
export function FigureWhoFields({ draft, errors, set }: FigureFieldProps) {
  return (
    <fieldset className="ev-section">
      <legend className="ev-section-title">Reporter and what was counted</legend>
      <div className="ev-grid ev-grid-3">
        <FormField id="figure-reporter" label="Reporter" error={errors.reporterId} hint="Who gives the number: SOHR, a ministry, a witness.">
          {(describedBy, invalid) => (
            <ActorPicker
              id="figure-reporter"
              value={draft.reporterId}
              onChange={(id) => set('reporterId', id)}
              newTypes={REPORTER_TYPES}
              placeholder="Type a name or alias…"
              invalid={invalid}
              describedBy={describedBy}
            />
          )}
        </FormField>
        <FormField id="figure-reported" label="Reported date" error={errors.reportedDate} hint="The source’s date. Leave it empty when the source gives none: the figure is then undated.">
          {(describedBy, invalid) => (
            <input id="figure-reported" type="date" className="input" value={draft.reportedDate} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('reportedDate', e.target.value)} />
          )}
        </FormField>
        <FormField id="figure-asof" label="As-of date" error={errors.asOfDate} hint="The day the count runs to, if the source says.">
          {(describedBy, invalid) => (
            <input id="figure-asof" type="date" className="input" value={draft.asOfDate} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('asOfDate', e.target.value)} />
          )}
        </FormField>
        <FormField id="figure-outcome" label="Outcome" error={errors.outcome}>
          {(describedBy, invalid) => (
            <select id="figure-outcome" className="input" value={draft.outcome} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('outcome', e.target.value as FigureDraft['outcome'])}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABEL[o]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="figure-group" label="Group counted" error={errors.group}>
          {(describedBy, invalid) => (
            <select id="figure-group" className="input" value={draft.group} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('group', e.target.value as FigureDraft['group'])}>
              {GROUPS.map((g) => (
                <option key={g} value={g}>
                  {GROUP_OPTION[g]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <span aria-hidden="true" />
        <FormField id="figure-identity" label="Identity (optional)" error={errors.identity} hint="As the source names it, e.g. Alawite.">
          {(describedBy, invalid) => (
            <input id="figure-identity" className="input" dir="auto" autoComplete="off" value={draft.identity} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('identity', e.target.value)} />
          )}
        </FormField>
        <FormField id="figure-basis" label="Identity known by" error={errors.identityBasis}>
          {(describedBy, invalid) => (
            <select
              id="figure-basis"
              className="input"
              value={draft.identityBasis}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('identityBasis', e.target.value as IdentityBasis | '')}
            >
              <option value="">{draft.identity.trim() ? 'Choose how it is known…' : '— (no identity given)'}</option>
              {(Object.keys(IDENTITY_BASIS_OPTION) as IdentityBasis[]).map((b) => (
                <option key={b} value={b}>
                  {IDENTITY_BASIS_OPTION[b]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
    </fieldset>
  );
}
