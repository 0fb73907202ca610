import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface SelectionMemoFormProps {
  onSave: (memo: string) => void;
  onCancel: () => void;
}

/** A memo for the selected text; saving highlights the text with the memo attached. */
export function SelectionMemoForm({ onSave, onCancel }: SelectionMemoFormProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [memo, setMemo] = useState('');
  useEffect(() => ref.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (memo.trim()) onSave(memo);
    }
  }

  return (
    <div className="selection-memo">
      <label htmlFor={id} className="field-label">
        Memo on the selected text
      </label>
      <textarea id={id} ref={ref} className="input" dir="auto" rows={3} value={memo} onChange={(e) => setMemo(e.target.value)} onKeyDown={onKeyDown} />
      <div className="selection-memo-actions">
        <span className="selection-memo-hint">Ctrl+Enter saves</span>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn-small btn-primary" disabled={!memo.trim()} onClick={() => onSave(memo)}>
          Save memo
        </button>
      </div>
    </div>
  );
}
