import type { Qualifier } from '../../../src/shared/schemas/figure';
import { FormField } from '../../ui/form/FormField';
import type { FigureFieldProps } from './figureDraft';
import { ONE_NUMBER, QUALIFIER_OPTION } from './figureWords';

interface FigureCountFieldsProps extends FigureFieldProps {
  /** Reads the wording again into the qualifier and numbers (figures.readWording). */
  onReadWording: () => void;
  reading: boolean;
}

/** How many, as the source qualified it: the qualifier, one number or a lower and upper bound, and the source's own words. */
export function FigureCountFields({ draft, errors, set, onReadWording, reading }: FigureCountFieldsProps) {
  const one = ONE_NUMBER.includes(draft.qualifier);
  const numberInput = (field: 'value' | 'min' | 'max', id: string, label: string, hint?: string) => (
    <FormField id={id} label={label} error={errors[field]} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          className="input ev-num"
          inputMode="numeric"
          autoComplete="off"
          value={draft[field]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FormField>
  );
  return (
    <fieldset className="ev-section">
      <legend className="ev-section-title">How many</legend>
      <div className="ev-grid ev-grid-3">
        <FormField id="figure-qualifier" label="Qualifier" error={errors.qualifier}>
          {(describedBy, invalid) => (
            <select id="figure-qualifier" className="input" value={draft.qualifier} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('qualifier', e.target.value as Qualifier)}>
              {(Object.keys(QUALIFIER_OPTION) as Qualifier[]).map((q) => (
                <option key={q} value={q}>
                  {QUALIFIER_OPTION[q]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {one ? (
          <>
            {numberInput('value', 'figure-value', 'Number', draft.qualifier === 'over' ? 'As written: “over 1,000” is 1,000.' : undefined)}
            <span aria-hidden="true" />
          </>
        ) : (
          <>
            {numberInput('min', 'figure-min', 'Lowest', draft.qualifier === 'vague' ? 'Optional for a vague figure.' : undefined)}
            {numberInput('max', 'figure-max', 'Highest', draft.qualifier === 'vague' ? 'Optional.' : undefined)}
          </>
        )}
      </div>
      <FormField id="figure-wording" label="Original wording" error={errors.wording} hint="The source’s own words, kept as they are: “over 1,000”, “ما لا يقل عن ٤٥”.">
        {(describedBy, invalid) => (
          <div className="ev-input-button">
            <input
              id="figure-wording"
              className="input"
              dir="auto"
              autoComplete="off"
              value={draft.wording}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('wording', e.target.value)}
            />
            <button type="button" className="btn" disabled={reading || !draft.wording.trim()} onClick={onReadWording} title="Set the qualifier and number from the wording">
              {reading ? 'Reading…' : 'Read number'}
            </button>
          </div>
        )}
      </FormField>
    </fieldset>
  );
}
