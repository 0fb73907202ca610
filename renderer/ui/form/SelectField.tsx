import type { ReactNode } from 'react';
import { FormField, type FieldFrame } from './FormField';

interface SelectFieldProps<V extends string> extends FieldFrame {
  value: V;
  /** Called with one of the options' values. */
  onValue: (value: V) => void;
  /** The <option>s. */
  children: ReactNode;
}

/** A labelled drop-down (FormField with a select), its message and hint tied to it. */
export function SelectField<V extends string>({ value, onValue, children, ...frame }: SelectFieldProps<V>) {
  return (
    <FormField {...frame}>
      {(describedBy, invalid) => (
        <select id={frame.id} className="input" value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onValue(e.target.value as V)}>
          {children}
        </select>
      )}
    </FormField>
  );
}
