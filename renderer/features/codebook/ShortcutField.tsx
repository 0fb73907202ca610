import type { Code } from '../../../src/shared/schemas/code';
import { FormField } from '../../ui/form/FormField';
import { shortcutKeys } from './codeDraft';

interface ShortcutFieldProps {
  id: string;
  value: string;
  codes: readonly Code[];
  /** The code being edited (its own key is not "taken"); null while creating. */
  selfId: string | null;
  error?: string;
  onChange: (value: string) => void;
}

/** One key (1-9, a-z) that applies the code while reading; keys other codes use are named. */
export function ShortcutField({ id, value, codes, selfId, error, onChange }: ShortcutFieldProps) {
  const owner = new Map(codes.filter((c) => c.shortcut && c.id !== selfId).map((c) => [c.shortcut as string, c.name]));
  return (
    <FormField id={id} label="Shortcut key" hint="Pressed while text is selected in the reader, it applies this code." error={error}>
      {(describedBy, invalid) => (
        <select id={id} className="input" value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          <option value="">None</option>
          {shortcutKeys.map((key) => (
            <option key={key} value={key}>
              {owner.has(key) ? `${key}  (used by ${owner.get(key)})` : key}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
