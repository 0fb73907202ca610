import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { modKey } from '../../lib/platform';

interface MemoComposerProps {
  id: string;
  label: string;
  onCreate: (text: string) => Promise<void>;
}

/** A text box for a new memo; Ctrl/Cmd+Enter adds it. */
export function MemoComposer({ id, label, onCreate }: MemoComposerProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || text.trim() === '') return;
    setBusy(true);
    setProblem(null);
    try {
      await onCreate(text);
      setText('');
    } catch (error) {
      setProblem(`The memo was not saved: ${errorMessage(error)} Your text is still here; try again.`);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form className="memo-composer" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className="input memo-textarea"
        dir="auto"
        rows={2}
        placeholder="Write a memo…"
        value={text}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="memo-composer-actions">
        <span className="memo-hint" aria-hidden="true">
          {text.trim() ? `${modKey}+Enter adds it` : ''}
        </span>
        <button type="submit" className="btn btn-small" disabled={busy || text.trim() === ''}>
          {busy ? 'Adding…' : 'Add memo'}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
