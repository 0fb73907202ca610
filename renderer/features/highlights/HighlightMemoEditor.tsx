import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Highlight } from '../../../src/shared/schemas/highlight';

interface HighlightMemoEditorProps {
  highlight: Highlight;
  onSave: (memo: string) => Promise<unknown>;
}

/** The highlight's memo: saved when the field loses focus or on Ctrl/Cmd+Enter. */
export function HighlightMemoEditor({ highlight, onSave }: HighlightMemoEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(highlight.memo);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saved = useRef(highlight.memo);

  // A newer stored memo (undo, another view) replaces the field unless it holds unsaved typing.
  useEffect(() => {
    setDraft((d) => (d === saved.current ? highlight.memo : d));
    saved.current = highlight.memo;
  }, [highlight.memo]);

  async function save() {
    if (draft === saved.current) return;
    setState('saving');
    const result = await onSave(draft);
    if (result) {
      saved.current = draft;
      setState('saved');
    } else setState('idle');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  const dirty = draft !== saved.current;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Memo
      </label>
      <textarea
        id={id}
        className="input highlight-memo"
        dir="auto"
        rows={4}
        placeholder="Why this passage matters, what to check…"
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
        }}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} className="field-hint" role="status">
        {state === 'saving' ? 'Saving…' : dirty ? 'Unsaved · saved when you leave the field or press Ctrl+Enter' : state === 'saved' ? 'Memo saved' : ''}
      </p>
    </div>
  );
}
