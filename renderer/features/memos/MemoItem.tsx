import { useState, type KeyboardEvent } from 'react';
import type { Memo, MemoVisibility } from '../../../src/shared/schemas/case';
import { errorMessage } from '../../api/errorMessage';
import { formatTimestamp } from '../../lib/format';

interface MemoItemProps {
  memo: Memo;
  onUpdate: (id: string, text: string) => Promise<void>;
  onVisibility: (id: string, visibility: MemoVisibility) => void;
  onDelete: (memo: Memo) => void;
}

const VISIBILITY: Record<MemoVisibility, string> = { private: 'Private: never exported', team: 'Team: in team exports', public: 'Public: in every export' };

/** One memo: its text, who may read it in exports, and when it was written (and last edited); Edit turns it into a text box. */
export function MemoItem({ memo, onUpdate, onVisibility, onDelete }: MemoItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const edited = memo.updatedAt !== memo.createdAt;
  const editorId = `memo-edit-${memo.id}`;

  async function save() {
    if (draft === null || busy) return;
    if (draft.trim() === '') {
      setProblem('A memo cannot be empty. Delete it instead, or write something.');
      return;
    }
    setBusy(true);
    try {
      if (draft !== memo.text) await onUpdate(memo.id, draft);
      setDraft(null);
      setProblem(null);
    } catch (error) {
      setProblem(`Not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setProblem(null);
    }
  }

  return (
    <li className="memo">
      {draft === null ? (
        <p className="memo-text" dir="auto">
          {memo.text}
        </p>
      ) : (
        <>
          <label htmlFor={editorId} className="visually-hidden">
            Edit memo
          </label>
          <textarea id={editorId} className="input memo-textarea" dir="auto" rows={4} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
        </>
      )}
      <div className="memo-meta">
        <span>
          <time dateTime={memo.createdAt} title={`Written ${formatTimestamp(memo.createdAt)}`}>
            {formatTimestamp(memo.createdAt)}
          </time>
          {edited && (
            <>
              {' · edited '}
              <time dateTime={memo.updatedAt}>{formatTimestamp(memo.updatedAt)}</time>
            </>
          )}
        </span>
        <select
          className="input input-small memo-visibility"
          aria-label={`Who may read the memo written ${formatTimestamp(memo.createdAt)} in exports`}
          value={memo.visibility}
          onChange={(e) => onVisibility(memo.id, e.target.value as MemoVisibility)}
        >
          {(Object.keys(VISIBILITY) as MemoVisibility[]).map((v) => (
            <option key={v} value={v}>
              {VISIBILITY[v]}
            </option>
          ))}
        </select>
        <span className="memo-actions">
          {draft === null ? (
            <>
              <button type="button" className="btn btn-quiet btn-small" aria-label={`Edit memo written ${formatTimestamp(memo.createdAt)}`} onClick={() => setDraft(memo.text)}>
                Edit
              </button>
              <button type="button" className="btn btn-quiet btn-small" aria-label={`Delete memo written ${formatTimestamp(memo.createdAt)}`} onClick={() => onDelete(memo)}>
                Delete
              </button>
            </>
          ) : (
            <>
              <button type="button" className="btn btn-quiet btn-small" disabled={busy} onClick={() => setDraft(null)}>
                Cancel
              </button>
              <button type="button" className="btn btn-small" disabled={busy} onClick={save}>
                Save
              </button>
            </>
          )}
        </span>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
