import type { SearchGroup } from '../../../src/shared/schemas/search';
import { formatCount } from '../../lib/format';
import { resultKey, TYPE_LABELS } from './searchQuery';
import { setActiveResult } from './searchStore';

/**
 * "Articles 12 · Highlights 40 · Memos 3 · Cases 1": how many records of each type match. Each
 * count moves the keyboard's result to the first of its group.
 */
export function SearchSummary({ groups, total }: { groups: readonly SearchGroup[]; total: number }) {
  return (
    <p className="search-summary" aria-live="polite">
      <span className="visually-hidden">{`${formatCount(total)} ${total === 1 ? 'match' : 'matches'}: `}</span>
      {groups.map((group, i) => (
        <span key={group.type} className="search-summary-item">
          {i > 0 && (
            <span className="search-summary-dot" aria-hidden="true">
              ·
            </span>
          )}
          <button
            type="button"
            className="search-summary-button"
            disabled={group.results.length === 0}
            onClick={() => group.results[0] && setActiveResult(resultKey(group.results[0]))}
          >
            {TYPE_LABELS[group.type].many} <span className="search-summary-count">{formatCount(group.total)}</span>
          </button>
        </span>
      ))}
    </p>
  );
}
