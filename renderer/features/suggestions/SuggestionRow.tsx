import type { MouseEvent } from 'react';
import { shortQuote } from '../highlights/textSpan';
import { kindLabel } from './describeSuggestion';
import { SuggestionFields } from './SuggestionFields';
import type { SuggestionItem } from './suggestionItems';

interface SuggestionRowProps {
  item: SuggestionItem;
  domId: string;
  ticked: boolean;
  active: boolean;
  /** The one row reached by Tab (roving focus). */
  tabStop: boolean;
  onTick: (on: boolean, extend: boolean) => void;
  onFocus: () => void;
  onAccept: () => void;
  onDismiss: () => void;
}

/**
 * One suggestion: a tick box (the row's keyboard stop) named by the suggested text, the fields
 * accepting would record, and Accept / Dismiss. Clicking the text focuses the row and shows it in
 * the reader without ticking it.
 */
export function SuggestionRow({ item, domId, ticked, active, tabStop, onTick, onFocus, onAccept, onDismiss }: SuggestionRowProps) {
  const s = item.suggestion;
  const text = s.kind === 'mention' ? (item.actorName ?? s.text) : s.kind === 'quote' ? `“${shortQuote(s.text.replace(/[,.;:]$/, ''), 110)}”` : shortQuote(s.text, 110);
  const focusRow = (event: MouseEvent<HTMLLIElement>) => {
    if ((event.target as HTMLElement).closest('button, input')) return;
    document.getElementById(domId)?.focus();
  };
  return (
    <li className={`suggestion-row suggestion-kind-${item.kind}`} data-active={active || undefined} data-ticked={ticked || undefined} onClick={focusRow}>
      <input
        id={domId}
        type="checkbox"
        className="suggestion-check"
        checked={ticked}
        tabIndex={tabStop ? 0 : -1}
        aria-labelledby={`${domId}-kind ${domId}-text`}
        aria-describedby={`${domId}-fields`}
        aria-keyshortcuts="Enter Delete"
        data-suggestion={item.id}
        onChange={() => undefined}
        onClick={(event) => onTick(event.currentTarget.checked, event.shiftKey)}
        onFocus={onFocus}
      />
      <div className="suggestion-body">
        <span id={`${domId}-kind`} className="visually-hidden">
          {kindLabel[item.kind].one}:
        </span>
        <p id={`${domId}-text`} className="suggestion-text" dir="auto">
          {text}
          {s.kind === 'mention' && s.text !== item.actorName && (
            <span className="suggestion-as">
              {' '}
              as “<bdi>{s.text}</bdi>”
            </span>
          )}
        </p>
        <SuggestionFields item={item} id={`${domId}-fields`} />
      </div>
      <div className="suggestion-row-actions">
        <button type="button" className="btn btn-small suggestion-accept" tabIndex={-1} aria-label={`Accept ${kindLabel[item.kind].one.toLowerCase()} “${shortQuote(text, 40)}”`} onClick={onAccept}>
          Accept
        </button>
        <button type="button" className="btn btn-small btn-quiet suggestion-dismiss" tabIndex={-1} aria-label={`Dismiss ${kindLabel[item.kind].one.toLowerCase()} “${shortQuote(text, 40)}”`} onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
