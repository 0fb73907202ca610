import { useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useFilterableList } from '../../hooks/useFilterableList';
import { CodeOption } from './CodeOption';
import { filterCodes, matchingCategories, type CodeEntry, type CodeIndex } from './codeIndex';
import './codePicker.css';

interface CodePickerProps {
  index: CodeIndex;
  /** Codes already applied; not offered again. */
  exclude?: ReadonlySet<string>;
  label: string;
  onPick: (entry: CodeEntry) => void;
  onClose: () => void;
}

/** Groups codes under their top-level category, in codebook order, for browsing without a query. */
function grouped(entries: CodeEntry[]): { title: string | null; entries: CodeEntry[] }[] {
  const groups: { title: string | null; entries: CodeEntry[] }[] = [];
  for (const entry of entries) {
    const top = entry.ancestors[0] ?? null;
    const title = top ?? (entry.code.isCodable ? null : entry.code.name);
    const last = groups[groups.length - 1];
    if (last && last.title === title) last.entries.push(entry);
    else groups.push({ title, entries: [entry] });
  }
  return groups;
}

/**
 * Type to filter codes by name across the hierarchy (path and colour shown); Up/Down choose, Enter
 * applies the highlighted (first) match, a code's key (1-9; Alt+letter) applies it at once when
 * nothing is typed, Escape closes. Categories are never offered: they only group codes.
 */
export function CodePicker({ index, exclude, label, onPick, onClose }: CodePickerProps) {
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const filter = useCallback((query: string) => filterCodes(index, query, exclude), [index, exclude]);
  const list = useFilterableList(filter, onPick);
  const { query, shown, activeIndex } = list;
  const categories = useMemo(() => matchingCategories(index, query), [index, query]);
  const optionId = (i: number) => `${baseId}-opt-${i}`;

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (list.navigate(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (query === '' && !event.ctrlKey && !event.metaKey) {
      const key = event.altKey ? /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase() : /^[1-9]$/.test(event.key) ? event.key : undefined;
      const entry = key ? index.byShortcut.get(key) : undefined;
      if (entry && !exclude?.has(entry.code.id)) {
        event.preventDefault();
        onPick(entry);
      }
    }
  }

  const groups = query.trim() ? [{ title: null, entries: shown }] : grouped(shown);
  let position = -1;

  return (
    <div className="code-picker">
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className="code-picker-input"
        aria-describedby={`${baseId}-hint`}
        placeholder="Type to filter codes…"
        {...list.inputProps(`${baseId}-list`, (_entry, i) => optionId(i))}
        onKeyDown={onKeyDown}
      />
      <div id={`${baseId}-list`} className="code-picker-list" role="listbox" aria-label="Codes">
        {groups.map((group, g) => (
          <div key={group.title ?? `g${g}`} role="group" aria-label={group.title ?? 'Codes'}>
            {group.title && (
              <div className="code-picker-group" aria-hidden="true">
                {group.title}
              </div>
            )}
            {group.entries.map((entry) => {
              position += 1;
              const i = position;
              return (
                <CodeOption
                  key={entry.code.id}
                  id={optionId(i)}
                  entry={entry}
                  active={i === activeIndex}
                  showPath={query.trim() !== ''}
                  onHover={() => list.setActive(i)}
                  onPick={() => onPick(entry)}
                />
              );
            })}
          </div>
        ))}
        {shown.length === 0 && <p className="code-picker-none">{index.entries.length === 0 ? 'The codebook is empty.' : `No code matches “${query}”.`}</p>}
      </div>
      <p id={`${baseId}-hint`} className="code-picker-hint">
        {categories.length > 0 && query.trim() ? (
          <>“{categories[0].code.name}” is a category; pick one of its codes.</>
        ) : (
          <>
            <kbd>Enter</kbd> applies the first match · <kbd>1</kbd>–<kbd>9</kbd> by key · <kbd>Esc</kbd> closes
          </>
        )}
      </p>
    </div>
  );
}
