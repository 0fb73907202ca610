import type { DatePrecision } from '../../../src/shared/schemas/incident';

interface IncidentDateFieldProps {
  id: string;
  label: string;
  value: string;
  precision: DatePrecision;
  error?: string;
  onChange: (value: string) => void;
  onPrecisionChange: (precision: DatePrecision) => void;
}

/**
 * A date known to the day or only to the month: the precision chooses the input (a day or a month).
 * Going from day to month keeps the month; from month to day the day must be chosen.
 */
export function IncidentDateField({ id, label, value, precision, error, onChange, onPrecisionChange }: IncidentDateFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  function changePrecision(next: DatePrecision) {
    onPrecisionChange(next);
    if (next === 'month' && value.length > 7) onChange(value.slice(0, 7));
    if (next === 'day' && value.length === 7) onChange('');
  }
  return (
    <fieldset className="incident-date" aria-describedby={error ? `${errorId} ${hintId}` : hintId}>
      <legend className="field-label">{label}</legend>
      <div className="incident-date-row">
        <label className="visually-hidden" htmlFor={`${id}-precision`}>
          {label}: known to the
        </label>
        <select id={`${id}-precision`} className="input incident-date-precision" value={precision} onChange={(e) => changePrecision(e.target.value as DatePrecision)}>
          <option value="day">Day</option>
          <option value="month">Month only</option>
        </select>
        <label className="visually-hidden" htmlFor={id}>
          {label} date
        </label>
        <input
          id={id}
          className="input"
          type={precision === 'day' ? 'date' : 'month'}
          value={value}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <p id={hintId} className="field-hint">
        {precision === 'day' ? 'The day it happened, if known.' : 'Only the month is known.'}
      </p>
    </fieldset>
  );
}
