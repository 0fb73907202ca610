import type { ChangeEvent } from 'react';
import { FormField, type FieldFrame } from './FormField';

interface TextFieldProps extends FieldFrame {
  value: string;
  onValue: (value: string) => void;
  /** A textarea (of `rows` lines, when given) rather than a one-line input. */
  multiline?: boolean;
  rows?: number;
  /** Classes besides "input". */
  className?: string;
  name?: string;
  type?: 'text';
  dir?: 'auto' | 'ltr' | 'rtl';
  lang?: string;
  inputMode?: 'url' | 'decimal';
  autoComplete?: 'off';
  spellCheck?: boolean;
  list?: string;
  maxLength?: number;
  placeholder?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/** A labelled text box (FormField with an input or a textarea), its message and hint tied to it. */
export function TextField({ label, optional, subject, hint, error, value, onValue, multiline = false, rows, className, type, list, ...attributes }: TextFieldProps) {
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onValue(event.target.value);
  return (
    <FormField id={attributes.id} label={label} optional={optional} subject={subject} hint={hint} error={error}>
      {(describedBy, invalid) => {
        const control = { ...attributes, className: className ? `input ${className}` : 'input', value, 'aria-invalid': invalid, 'aria-describedby': describedBy, onChange };
        return multiline ? <textarea {...control} rows={rows} /> : <input {...control} type={type} list={list} />;
      }}
    </FormField>
  );
}
