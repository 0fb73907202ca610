import { useEffect } from 'react';
import { useFilterableList } from '../../hooks/useFilterableList';
import { ModalDialog } from '../../ui/dialog/ModalDialog';
import { filterCommands, type Command } from './commandTypes';
import './palette.css';

interface CommandPaletteProps {
  open: boolean;
  commands: Command[];
  onClose: () => void;
}

/** Ctrl/Cmd+K: type to filter the app's actions, Up/Down to choose, Enter to run, Escape to leave. */
export function CommandPalette({ open, commands, onClose }: CommandPaletteProps) {
  const list = useFilterableList((query) => filterCommands(commands, query), run);
  const { shown, activeIndex, query, setQuery } = list;

  useEffect(() => {
    if (open) setQuery('');
  }, [open]);

  function run(command: Command) {
    if (command.disabled) return;
    onClose();
    // Let the dialog close and give focus back before the command moves it.
    window.setTimeout(command.run, 0);
  }

  return (
    <ModalDialog open={open} label="Command palette" className="palette" onClose={onClose}>
      <div className="palette-body">
        <label htmlFor="palette-input" className="visually-hidden">
          Type a command
        </label>
        <input
          id="palette-input"
          className="palette-input"
          placeholder="Type a command…"
          {...list.inputProps('palette-list', (command) => `palette-${command.id}`)}
          onKeyDown={list.navigate}
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
              onMouseMove={() => list.setActive(index)}
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
    </ModalDialog>
  );
}
