import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import { FormField } from '../../ui/form/FormField';
import { TextField } from '../../ui/form/TextField';
import { descriptionFields, type CodeDraft, type CodeErrors, type CodeField } from './codeDraft';
import { CodeSelect } from './CodeSelect';
import { ColourField } from './ColourField';
import { ShortcutField } from './ShortcutField';

interface CodeFormFieldsProps {
  idPrefix: string;
  draft: CodeDraft;
  errors: CodeErrors;
  codes: readonly CodeWithCounts[];
  /** The code being edited, or null while creating (then the parent can be chosen here). */
  selfId: string | null;
  onChange: <F extends CodeField>(field: F, value: CodeDraft[F]) => void;
}

/** The code's fields: name, (parent when new), colour, key, category, and its four-part description. */
export function CodeFormFields({ idPrefix, draft, errors, codes, selfId, onChange }: CodeFormFieldsProps) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <TextField
        id={id('name')}
        label="Name"
        error={errors.name}
        className="code-name-input"
        dir="auto"
        autoComplete="off"
        maxLength={200}
        value={draft.name}
        onValue={(value) => onChange('name', value)}
      />
      {selfId === null && (
        <FormField id={id('parent')} label="Under" error={errors.parentId}>
          {(describedBy, invalid) => (
            <CodeSelect
              id={id('parent')}
              codes={codes}
              value={draft.parentId ?? ''}
              emptyLabel="Top level (no parent)"
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(value) => onChange('parentId', value || null)}
            />
          )}
        </FormField>
      )}
      <div className="code-form-row">
        <ColourField id={id('color')} value={draft.color} error={errors.color} onChange={(value) => onChange('color', value)} />
        <ShortcutField id={id('shortcut')} value={draft.shortcut} codes={codes} selfId={selfId} error={errors.shortcut} onChange={(value) => onChange('shortcut', value)} />
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={draft.category} aria-describedby={id('category-hint')} onChange={(e) => onChange('category', e.target.checked)} />
          <span>Category</span>
        </label>
        <p id={id('category-hint')} className="field-hint">
          A category only groups other codes; it is not applied to text.
        </p>
        {errors.category && <p className="field-error">{errors.category}</p>}
      </div>
      <fieldset className="code-description">
        <legend className="code-description-legend">Description</legend>
        {descriptionFields.map(({ field, label, hint }) => (
          <TextField
            key={field}
            id={id(field)}
            label={label}
            hint={hint}
            error={errors[field]}
            multiline
            className="code-textarea"
            dir="auto"
            rows={field === 'definition' ? 3 : 2}
            value={draft[field]}
            onValue={(value) => onChange(field, value)}
          />
        ))}
      </fieldset>
    </>
  );
}
