import type { CodeEntry } from './codeIndex';

interface CodeChipProps {
  entry: CodeEntry;
  onRemove?: () => void;
  disabled?: boolean;
}

/** An applied code: colour, name (path as tooltip) and × to remove it. */
export function CodeChip({ entry, onRemove, disabled }: CodeChipProps) {
  const { code } = entry;
  return (
    <li className="code-chip" title={entry.path} style={{ borderColor: code.color }}>
      <span className="code-swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
      <span className="code-chip-name" dir="auto">
        {code.name}
      </span>
      {onRemove && (
        <button type="button" className="code-chip-remove" aria-label={`Remove code ${code.name}`} title={`Remove “${code.name}”`} disabled={disabled} onClick={onRemove}>
          ×
        </button>
      )}
    </li>
  );
}
