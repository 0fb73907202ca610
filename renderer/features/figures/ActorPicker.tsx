import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { ActorType } from '../../../src/shared/schemas/actor';
import { errorMessage } from '../../api/errorMessage';
import { useMutate } from '../undo/useMutate';
import { ACTOR_TYPE_LABEL, actorOptions, type ActorOption } from './actorOptions';
import { useActors } from './useActors';
import './actorPicker.css';

interface ActorPickerProps {
  /** The input's id, for its <label>. */
  id: string;
  value: string | null;
  onChange: (actorId: string | null) => void;
  /** Types offered for a new actor typed here, the likeliest first (a reporter: organisation). */
  newTypes: readonly ActorType[];
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * Picks an actor of the registry by name or any alias (Up/Down, Enter), or registers the typed
 * name as a new actor ("SOHR" as an organisation). Escape closes the list; leaving the field with
 * other text restores the chosen actor's name; clearing it chooses nobody.
 */
export function ActorPicker({ id, value, onChange, newTypes, placeholder, invalid, describedBy }: ActorPickerProps) {
  const { actors } = useActors();
  const mutate = useMutate();
  const chosen = actors.find((a) => a.id === value) ?? null;
  const [text, setText] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const options = useMemo(() => actorOptions(actors, open ? text : '', newTypes), [actors, text, open, newTypes]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const at = Math.min(active, Math.max(0, options.length - 1));

  const chosenName = chosen?.name ?? '';
  useEffect(() => {
    if (!open) setText(chosenName);
  }, [chosenName, open]);

  async function pick(option: ActorOption) {
    setOpen(false);
    setProblem(null);
    if (option.kind === 'actor') {
      setText(option.actor.name);
      onChange(option.actor.id);
      return;
    }
    try {
      const created = await mutate('actors.create', { name: option.name, type: option.type });
      setText(created.name);
      onChange(created.id);
    } catch (error) {
      setProblem(`“${option.name}” was not registered: ${errorMessage(error)}`);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else if (options.length) setActive((at + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      if (options[at]) void pick(options[at]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  function onBlur() {
    setOpen(false);
    if (text.trim() === '' && value !== null) onChange(null);
    else setText(chosenName);
  }

  return (
    <div className="actor-picker">
      <input
        id={id}
        className="input"
        dir="auto"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[at] ? optionId(at) : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {open && (
        <ul id={listId} className="actor-picker-list" role="listbox" aria-label="Actors">
          {options.map((option, i) => (
            <li
              key={option.kind === 'actor' ? option.actor.id : `new-${option.type}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              className={i === at ? 'actor-option is-active' : 'actor-option'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => void pick(option)}
            >
              {option.kind === 'actor' ? (
                <>
                  <span dir="auto">{option.actor.name}</span>
                  <span className="actor-option-meta" dir="auto">
                    {option.matched ? `also “${option.matched}” · ` : ''}
                    {ACTOR_TYPE_LABEL[option.actor.type]}
                  </span>
                </>
              ) : (
                <span>
                  Add <b dir="auto">“{option.name}”</b> as a new {ACTOR_TYPE_LABEL[option.type]}
                </span>
              )}
            </li>
          ))}
          {options.length === 0 && <li className="actor-option-none">Type a name to find or register an actor.</li>}
        </ul>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
