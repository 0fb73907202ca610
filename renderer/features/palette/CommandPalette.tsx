import { useEffect, useState, type KeyboardEvent } from 'react';
import { useModalDialog } from '../importing/useModalDialog';
import { filterCommands, type Command } from './commandTypes';
import './palette.css';

interface CommandPaletteProps {
  open: boolean;
  commands: Command[];
  onClose: () => void;
}

/** Ctrl/Cmd+K: type to filter the app's actions, Up/Down to choose, Enter to run, Escape to leave. */
export function CommandPalette({ open, commands, onClose }: CommandPaletteProps) {
  const dialogRef = useModalDialog(open);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = filterCommands(commands, query);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    if (open) {
      setQuery('');
      setActive(0);
    }
  }, [open]);

  function run(command: Command | undefined) {
    if (!command || command.disabled) return;
    onClose();
    // Let the dialog close and give focus back before the command moves it.
    window.setTimeout(command.run, 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      if (shown.length > 0) setActive((activeIndex + moves[event.key] + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[activeIndex]);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog palette" aria-label="Command palette" onClose={onClose}>
      {open && (
        <div className="palette-body">
          <label htmlFor="palette-input" className="visually-hidden">
            Type a command
          </label>
          <input
            id="palette-input"
            className="palette-input"
            role="combobox"
            aria-expanded="true"
            aria-controls="palette-list"
            aria-autocomplete="list"
            aria-activedescendant={shown[activeIndex] ? `palette-${shown[activeIndex].id}` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="Type a command…"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id="palette-list" className="palette-list" role="listbox" aria-label="Commands">
            {shown.map((command, index) => (
              <li
                key={command.id}
                id={`palette-${command.id}`}
                role="option"
                aria-selected={index === activeIndex}
                aria-disabled={command.disabled || undefined}
                className={index === activeIndex ? 'palette-item is-active' : 'palette-item'}
                onMouseMove={() => setActive(index)}
                onClick={() => run(command)}
              >
                <span className="palette-label">{command.label}</span>
                {command.shortcut && (
                  <span className="palette-shortcut">
                    {command.shortcut.map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </span>
                )}
              </li>
            ))}
            {shown.length === 0 && <li className="palette-none">No command matches “{query}”.</li>}
          </ul>
        </div>
      )}
    </dialog>
  );
}
