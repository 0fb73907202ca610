import type { Case } from '../../../src/shared/schemas/case';
import { FormField } from '../../ui/form/FormField';
import type { QuoteDraft, QuoteErrors, QuoteField } from './quoteDraft';

interface QuoteTextFieldsProps {
  draft: QuoteDraft;
  errors: QuoteErrors;
  set: <K extends QuoteField>(field: K, value: QuoteDraft[K]) => void;
  /** Typed from an interview: the words can be written here; otherwise they are the article's span. */
  typed: boolean;
  cases: readonly Case[];
}

/** The words, their language and translation, when and in what context they were said, the case and a memo. */
export function QuoteTextFields({ draft, errors, set, typed, cases }: QuoteTextFieldsProps) {
  const area = (field: 'translation' | 'context' | 'memo', id: string, label: string, hint?: string) => (
    <FormField id={id} label={label} error={errors[field]} hint={hint}>
      {(describedBy, invalid) => (
        <textarea id={id} className="input" dir="auto" rows={2} value={draft[field]} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set(field, e.target.value)} />
      )}
    </FormField>
  );
  return (
    <fieldset className="ev-section">
      <legend className="ev-section-title">Words</legend>
      {typed ? (
        <FormField id="quote-text" label="Quote" error={errors.text} hint="As said, without quote marks.">
          {(describedBy, invalid) => (
            <textarea
              id="quote-text"
              className="input quote-text-input"
              dir="auto"
              lang={draft.language || undefined}
              rows={3}
              value={draft.text}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('text', e.target.value)}
            />
          )}
        </FormField>
      ) : (
        <blockquote className="figure-source" dir="auto" lang={draft.language || undefined} data-testid="quote-exact">
          {draft.text}
        </blockquote>
      )}
      <div className="ev-grid ev-grid-3">
        <FormField id="quote-language" label="Language" error={errors.language} hint="A tag: “ar” Arabic, “en” English.">
          {(describedBy, invalid) => (
            <input
              id="quote-language"
              className="input"
              dir="ltr"
              list="quote-language-tags"
              autoComplete="off"
              value={draft.language}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('language', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="quote-date" label="Date said" error={errors.date}>
          {(describedBy, invalid) => (
            <input id="quote-date" type="date" className="input" value={draft.date} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('date', e.target.value)} />
          )}
        </FormField>
        <FormField id="quote-case" label="Case" error={errors.caseId}>
          {(describedBy, invalid) => (
            <select id="quote-case" className="input" value={draft.caseId} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('caseId', e.target.value)}>
              <option value="">{typed ? '— None' : '— Through its article'}</option>
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <datalist id="quote-language-tags">
        <option value="ar">Arabic</option>
        <option value="en">English</option>
        <option value="fr">French</option>
        <option value="ku">Kurdish</option>
        <option value="tr">Turkish</option>
      </datalist>
      <div className="ev-grid ev-grid-2">
        {area('translation', 'quote-translation', 'Translation', 'Into the language of the report.')}
        {area('context', 'quote-context', 'Context', 'Where, to whom, in answer to what.')}
      </div>
      {area('memo', 'quote-memo', 'Memo')}
    </fieldset>
  );
}
