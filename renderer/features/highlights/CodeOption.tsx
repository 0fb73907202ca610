import type { CodeEntry } from './codeIndex';

interface CodeOptionProps {
  id: string;
  entry: CodeEntry;
  active: boolean;
  showPath: boolean;
  onHover: () => void;
  onPick: () => void;
}

/** One code in the picker: its colour, name, parent path and shortcut key. */
export function CodeOption({ id, entry, active, showPath, onHover, onPick }: CodeOptionProps) {
  const { code, ancestors } = entry;
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-keyshortcuts={code.shortcut ?? undefined}
      className={active ? 'code-option is-active' : 'code-option'}
      onMouseMove={onHover}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span className="code-swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
      <span className="code-option-text">
        <span className="code-option-name" dir="auto">
          {code.name}
        </span>
        {showPath && ancestors.length > 0 && (
          <span className="code-option-path" dir="auto">
            {ancestors.join(' › ')}
          </span>
        )}
      </span>
      {code.shortcut && <kbd className="code-option-key">{code.shortcut}</kbd>}
    </div>
  );
}
