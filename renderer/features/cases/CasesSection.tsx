import type { KeyboardEvent } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { formatCount } from '../../lib/format';
import { indexAfterKey } from '../library/listNavigation';
import type { CaseWorkbench } from './useCaseWorkbench';
import './cases.css';

export const CASES_LIST_ID = 'cases-list';
const ALL = 'all';

interface CasesSectionProps {
  workbench: CaseWorkbench;
  caseId: string | null;
  /** Articles in the whole library, for the "All articles" row. */
  allCount: number | null;
  onSelectCase: (caseId: string | null) => void;
  /** Enter: go on to the article list. */
  onEnter: () => void;
}

const optionId = (key: string) => `case-option-${key}`;

/**
 * The top of the library pane: "All articles" and every case with its article count. Choosing a
 * case filters the list below. Keys: Up/Down choose, Enter goes to the articles, F2 edits, Delete deletes.
 */
export function CasesSection({ workbench, caseId, allCount, onSelectCase, onEnter }: CasesSectionProps) {
  const { cases, loaded, error } = workbench;
  const keys = [ALL, ...cases.map((c) => c.id)];
  const activeKey = caseId ?? ALL;
  const activeIndex = Math.max(0, keys.indexOf(activeKey));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const selected = workbench.selectedCase;
    if (event.key === 'Enter') onEnter();
    else if (event.key === 'F2' && selected) workbench.openEdit(selected);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) workbench.openDelete(selected);
    else {
      const next = indexAfterKey(event.key, activeIndex, keys.length, keys.length);
      if (next === null) return;
      onSelectCase(keys[next] === ALL ? null : keys[next]);
    }
    event.preventDefault();
  }

  const row = (key: string, label: string, count: number | null, item?: Case) => (
    <div
      key={key}
      id={optionId(key)}
      role="option"
      aria-selected={key === activeKey}
      aria-label={count === null ? label : `${label}, ${formatCount(count)} ${count === 1 ? 'article' : 'articles'}`}
      className={key === activeKey ? 'list-row case-row is-selected' : 'list-row case-row'}
      onMouseDown={(event) => {
        if (event.button === 0) onSelectCase(key === ALL ? null : key);
      }}
      onDoubleClick={() => item && workbench.openEdit(item)}
      title={item?.description || undefined}
    >
      <span className={item ? 'case-row-title one-line' : 'case-row-title one-line case-row-all'} dir="auto">
        {label}
      </span>
      {count !== null && (
        <span className="case-row-count" aria-hidden="true">
          {formatCount(count)}
        </span>
      )}
    </div>
  );

  return (
    <section className="cases-section" aria-label="Cases in the library">
      <div className="pane-title-row cases-title-row">
        <h2 id="cases-heading" className="pane-title">
          Cases
        </h2>
        <button type="button" className="btn btn-quiet btn-small" onClick={workbench.openNew}>
          <span aria-hidden="true">+</span> New case
        </button>
      </div>
      {error ? (
        <p className="cases-message field-error" role="alert">
          The cases could not be read: {error}
        </p>
      ) : (
        <div
          id={CASES_LIST_ID}
          className="list-box cases-list"
          role="listbox"
          tabIndex={0}
          aria-labelledby="cases-heading"
          aria-describedby="cases-keys"
          aria-activedescendant={optionId(activeKey)}
          onKeyDown={onKeyDown}
        >
          {row(ALL, 'All articles', allCount)}
          {cases.map((c) => row(c.id, c.title, c.articleCount, c))}
        </div>
      )}
      {loaded && !error && cases.length === 0 && <p className="cases-message">No cases yet. A case groups the articles about one event.</p>}
      <p id="cases-keys" className="visually-hidden">
        Up and Down choose a case and filter the articles; Enter moves to the articles; F2 edits the case; Delete deletes it.
      </p>
    </section>
  );
}
