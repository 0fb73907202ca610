export const LIBRARY_FILTER_ID = 'library-filter';

interface FilterBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Down arrow moves on into the list. */
  onLeaveDown: () => void;
}

/** Filters the library by words in the title, publisher or author. Escape clears it. */
export function FilterBox({ value, onChange, onLeaveDown }: FilterBoxProps) {
  return (
    <div className="library-filter">
      <label htmlFor={LIBRARY_FILTER_ID} className="visually-hidden">
        Filter the library
      </label>
      <span className="input-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        id={LIBRARY_FILTER_ID}
        className="input library-filter-input"
        type="search"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        placeholder="Filter by title, publisher, author"
        value={value}
        maxLength={500}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onLeaveDown();
          }
        }}
      />
    </div>
  );
}
