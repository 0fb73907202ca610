import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { errorMessage } from '../../api/errorMessage';
import { useMutate } from '../undo/useMutate';

interface NewReporterFormProps {
  onCreated: (actor: Actor) => void;
  onCancel: () => void;
}

/** Registers a reporter by name (as an organisation, the usual case: SOHR, a health directorate). */
export function NewReporterForm({ onCreated, onCancel }: NewReporterFormProps) {
  const id = useId();
  const mutate = useMutate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => inputRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    try {
      onCreated(await mutate('actors.create', { name: name.trim(), type: 'organisation' }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <form
      className="suggestion-new-reporter"
      aria-label="New reporter"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Name of the new reporter
      </label>
      <input
        id={id}
        ref={inputRef}
        className="input"
        dir="auto"
        autoComplete="off"
        placeholder="Name, e.g. SOHR"
        value={name}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={!name.trim() || busy}>
        Add
      </button>
      <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          Registered as an organisation in the actor registry.
        </p>
      )}
    </form>
  );
}
