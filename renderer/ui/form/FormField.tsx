import type { ReactNode } from 'react';

/** What a field shows around its control. */
export interface FieldFrame {
  id: string;
  label: string;
  /** Adds a quiet "(optional)" to the label. */
  optional?: boolean;
  /** How a message that starts in lower case names the field ("The text is empty"); the label by default. */
  subject?: string;
  hint?: string;
  error?: string;
}

interface FormFieldProps extends FieldFrame {
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A label, the control, an optional hint, and the message for this field right under it. */
export function FormField({ id, label, optional = false, subject = label, hint, error, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="field-optional">(optional)</span>
          </>
        )}
      </label>
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={errorId} className="field-error">
          {/^[a-z]/.test(error) ? `${subject} ${error}` : error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
