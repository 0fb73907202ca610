import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

const REASONS = ['names a relative', 'identifies a witness', 'location', 'contact details'];

interface RedactFormProps {
  onSave: (reason: string) => void;
  onCancel: () => void;
}

/** The reason for redacting the selected text ("names a relative", "location"): exports to the public replace the words with it. */
export function RedactForm({ onSave, onCancel }: RedactFormProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  useEffect(() => ref.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSave(reason.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <form className="selection-memo" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        Why redact the selected text?
      </label>
      <input id={id} ref={ref} className="input" dir="auto" list={`${id}-reasons`} maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} onKeyDown={onKeyDown} />
      <datalist id={`${id}-reasons`}>
        {REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <p className="selection-memo-hint">Shown struck through here; team exports mark it, public exports replace it with the reason.</p>
      <div className="selection-memo-actions">
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={!reason.trim()}>
          Redact
        </button>
      </div>
    </form>
  );
}
