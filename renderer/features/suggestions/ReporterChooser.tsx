import { useId, useMemo, useState } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { NewReporterForm } from './NewReporterForm';
import { setSuggestionUi } from './suggestionStore';

interface ReporterChooserProps {
  actors: Actor[];
  chosen: Actor | null;
  /** Figures here whose sentence names no registered reporter. */
  unnamed: number;
  invalid: boolean;
}

/** Who reported the figures whose sentence names no registered actor: one of the registry, or a new one. */
export function ReporterChooser({ actors, chosen, unnamed, invalid }: ReporterChooserProps) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  /** Said once here rather than on every row of the list. */
  const unset = !chosen && unnamed > 0;
  const sorted = useMemo(() => [...actors].sort((a, b) => a.name.localeCompare(b.name)), [actors]);
  return (
    <div className="field suggestion-reporter-field">
      <label htmlFor={id} className="field-label">
        Reporter for figures
      </label>
      <div className="suggestion-reporter-row">
        <select
          id={id}
          className="input"
          value={chosen?.id ?? ''}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setSuggestionUi({ reporterId: e.target.value || null, error: null })}
        >
          <option value="">None chosen</option>
          {sorted.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-small" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          New…
        </button>
      </div>
      {adding && (
        <NewReporterForm
          onCreated={(actor) => {
            setSuggestionUi({ reporterId: actor.id, error: null });
            setAdding(false);
            document.getElementById(id)?.focus();
          }}
          onCancel={() => {
            setAdding(false);
            document.getElementById(id)?.focus();
          }}
        />
      )}
      <p id={`${id}-hint`} className={invalid ? 'field-hint suggestion-hint-invalid' : unset ? 'field-hint suggestion-hint-unset' : 'field-hint'}>
        {unset
          ? `${unnamed === 1 ? '1 figure here names' : `${unnamed} figures here name`} no registered reporter: choose one, or add it with New…`
          : `Used when the sentence names no registered reporter${unnamed > 0 ? ` (${unnamed} ${unnamed === 1 ? 'figure' : 'figures'} here)` : ''}.`}
      </p>
    </div>
  );
}
