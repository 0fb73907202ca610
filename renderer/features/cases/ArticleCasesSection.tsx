import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { errorMessage } from '../../api/errorMessage';
import { useMutate } from '../undo/useMutate';
import { useArticleCases } from './useArticleCases';
import './cases.css';

interface ArticleCasesSectionProps {
  articleId: string;
  cases: Case[];
  onNewCase: () => void;
}

/** Inspector section: the cases the article is in, each removable, and a chooser to add it to another. */
export function ArticleCasesSection({ articleId, cases, onNewCase }: ArticleCasesSectionProps) {
  const mutate = useMutate();
  const mine = useArticleCases(articleId);
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inCases = cases.filter((c) => mine.caseIds.includes(c.id));
  const addable = cases.filter((c) => !mine.caseIds.includes(c.id));
  const chosen = addable.some((c) => c.id === choice) ? choice : (addable[0]?.id ?? '');
  const labelId = `article-cases-${articleId}`;

  async function change(action: () => Promise<unknown>, failure: string) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(`${failure}: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const add = () => chosen && change(() => mutate('cases.addArticles', { caseId: chosen, articleIds: [articleId] }), 'Not added to the case');
  const remove = (c: Case) => change(() => mutate('cases.removeArticle', { caseId: c.id, articleId }), `Not removed from “${c.title}”`);

  return (
    <section className="inspector-section" aria-labelledby={labelId}>
      <h3 id={labelId} className="inspector-section-title">
        Cases
      </h3>
      {inCases.length > 0 ? (
        <ul className="chip-list" aria-label="Cases this article is in">
          {inCases.map((c) => (
            <li key={c.id} className="case-chip">
              <span className="case-chip-label" dir="auto" title={c.title}>
                {c.title}
              </span>
              <button type="button" className="case-chip-remove" aria-label={`Remove from the case “${c.title}”`} title="Remove from this case (the article stays in the library)" disabled={busy} onClick={() => remove(c)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        mine.loaded && <p className="case-none">In no case yet.</p>
      )}
      {addable.length > 0 ? (
        <div className="case-add">
          <label htmlFor={`${labelId}-add`} className="visually-hidden">
            Case to add this article to
          </label>
          <select id={`${labelId}-add`} className="input" value={chosen} onChange={(e) => setChoice(e.target.value)}>
            {addable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <button type="button" className="btn" disabled={busy || !chosen} onClick={add}>
            Add to case
          </button>
        </div>
      ) : (
        mine.loaded &&
        cases.length === 0 && (
          <button type="button" className="btn btn-small case-new" onClick={onNewCase}>
            New case…
          </button>
        )
      )}
      {(problem ?? mine.error) && (
        <p className="field-error" role="alert">
          {problem ?? `The article’s cases could not be read: ${mine.error}`}
        </p>
      )}
    </section>
  );
}
