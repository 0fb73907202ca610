import { memo } from 'react';
import type { SearchResult } from '../../../src/shared/schemas/search';
import { resultDomId, resultKey, TYPE_LABELS } from './searchQuery';
import { setActiveResult } from './searchStore';
import { Snippet } from './Snippet';
import { TypeIcon } from './TypeIcon';

interface SearchResultItemProps {
  result: SearchResult;
  active: boolean;
  onOpen: (result: SearchResult) => void;
}

/** One result: its type (icon and word), title and the excerpt with the matched words marked. Click opens it. */
export const SearchResultItem = memo(function SearchResultItem({ result, active, onOpen }: SearchResultItemProps) {
  const key = resultKey(result);
  const type = TYPE_LABELS[result.type].one;
  const snippetId = `${resultDomId(key)}-snippet`;
  return (
    <div
      id={resultDomId(key)}
      role="option"
      aria-selected={active}
      aria-label={`${type}: ${result.title || 'Untitled'}`}
      aria-describedby={snippetId}
      className={active ? 'list-row search-result is-active' : 'list-row search-result'}
      onMouseDown={(event) => {
        if (event.button === 0) setActiveResult(key);
      }}
      onClick={() => onOpen(result)}
    >
      <TypeIcon type={result.type} />
      <div className="search-result-body">
        <div className="search-result-head">
          <span className="search-result-title one-line" dir="auto">
            {result.title || 'Untitled'}
          </span>
          <span className="search-result-type">{type}</span>
        </div>
        <div id={snippetId}>
          <Snippet parts={result.snippet} />
        </div>
      </div>
    </div>
  );
});
