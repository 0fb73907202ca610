import { FormField } from '../../ui/form/FormField';
import { pickerColour } from './codeDraft';

interface ColourFieldProps {
  id: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** Any colour: the system colour picker, or a hex value typed in (#c0392b). */
export function ColourField({ id, value, error, onChange }: ColourFieldProps) {
  const picked = pickerColour(value);
  return (
    <FormField id={id} label="Colour" error={error}>
      {(describedBy, invalid) => (
        <div className="colour-field">
          <input
            type="color"
            className="colour-picker"
            aria-label="Choose a colour"
            value={picked ?? '#000000'}
            onChange={(e) => onChange(e.target.value)}
          />
          <input
            id={id}
            className="input mono colour-hex"
            type="text"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            maxLength={7}
            placeholder="#c0392b"
            value={value}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      )}
    </FormField>
  );
}
