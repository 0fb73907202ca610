import { figureCount, qualifierLabel } from './describeSuggestion';
import type { SuggestionItem } from './suggestionItems';

const groupWords: Record<string, string> = { total: 'total', security_forces: 'security forces', medical_workers: 'medical workers', unspecified: 'unspecified' };

/** The pre-filled fields of a suggestion, as accepting would record them. */
export function SuggestionFields({ item, id }: { item: SuggestionItem; id: string }) {
  const s = item.suggestion;
  if (s.kind === 'figure') {
    const reporter = item.reporter;
    return (
      <div id={id} className="suggestion-fields">
        <span className="suggestion-field suggestion-count">{figureCount(s)}</span>
        <span className="suggestion-field">{qualifierLabel[s.qualifier]}</span>
        <span className="suggestion-field">{groupWords[s.group] ?? s.group}</span>
        <span className="suggestion-field">{s.status}</span>
        {reporter?.source === 'missing' ? (
          <span className="suggestion-reporter suggestion-reporter-missing">
            {reporter.named ? (
              <>
                Reporter: the one chosen above (“<bdi>{reporter.named}</bdi>” is not registered)
              </>
            ) : (
              'Reporter: the one chosen above'
            )}
          </span>
        ) : (
          <span className="suggestion-reporter">
            Reporter <bdi>{reporter?.name}</bdi>
            <span className="suggestion-reporter-why">
              {reporter?.source === 'chosen' ? (
                reporter.named ? (
                  <>
                    {' '}
                    (chosen; the text names “<bdi>{reporter.named}</bdi>”)
                  </>
                ) : (
                  ' (chosen above)'
                )
              ) : (
                ' (named in the text)'
              )}
            </span>
          </span>
        )}
      </div>
    );
  }
  if (s.kind === 'quote') {
    return (
      <div id={id} className="suggestion-fields">
        <span className="suggestion-field">
          {s.speaker ? (
            <>
              Speaker: <bdi>{s.speaker}</bdi>
            </>
          ) : (
            'Speaker not named'
          )}
        </span>
      </div>
    );
  }
  const n = item.spans.length;
  return (
    <div id={id} className="suggestion-fields">
      <span className="suggestion-field">{n === 1 ? 'Mentioned once' : `Mentioned ${n} times`}</span>
      <span className="suggestion-field">links the actor to this article</span>
    </div>
  );
}
