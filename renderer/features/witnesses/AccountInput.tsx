import { FormField } from '../../ui/form/FormField';
import type { AccountDraft, AccountErrors, AccountField } from './accountDraft';

interface AccountInputProps {
  field: Exclude<AccountField, 'relation'>;
  label: string;
  hint?: string;
  optional?: boolean;
  /** A text area of this many rows, else a one-line input. */
  rows?: number;
  type?: 'text' | 'date';
  draft: AccountDraft;
  errors: AccountErrors;
  onChange: (field: AccountField, value: string) => void;
}

/** One field of the account form, with its label, hint and message; text in either direction (dir="auto"). */
export function AccountInput({ field, label, hint, optional, rows, type = 'text', draft, errors, onChange }: AccountInputProps) {
  const id = `account-${field}`;
  return (
    <FormField id={id} label={label} hint={hint} optional={optional} error={errors[field]}>
      {(describedBy, invalid) =>
        rows ? (
          <textarea
            id={id}
            className="input account-text"
            dir="auto"
            rows={rows}
            value={draft[field]}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(field, e.target.value)}
          />
        ) : (
          <input
            id={id}
            className="input"
            type={type}
            dir={type === 'date' ? undefined : 'auto'}
            autoComplete="off"
            maxLength={300}
            value={draft[field]}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(field, e.target.value)}
          />
        )
      }
    </FormField>
  );
}
