import { forwardRef, type KeyboardEvent } from 'react';
import type { CodeEntry, CodeIndex } from '../highlights/codeIndex';
import { CodePicker } from '../highlights/CodePicker';
import { SelectionMemoForm } from './SelectionMemoForm';
import { RedactForm } from '../redactions/RedactForm';
import { SelectionEvidenceButtons } from '../quotes/SelectionEvidenceButtons';

export type BarMode = 'actions' | 'code' | 'memo' | 'redact';

interface SelectionBarProps {
  top: number;
  left: number;
  mode: BarMode;
  codes: CodeIndex;
  onMode: (mode: BarMode) => void;
  onCode: (entry: CodeEntry) => void;
  onMemo: (memo: string) => void;
  onHighlight: () => void;
  onRedact: (reason: string) => void;
  onClose: () => void;
}

/** Arrow keys move between the bar's buttons, as in any toolbar. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (!step) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at === -1) return;
  event.preventDefault();
  buttons[(at + step + buttons.length) % buttons.length].focus();
}

/**
 * The small bar under selected text: Code (a picker), Memo (a highlight with a memo), Highlight
 * (without a code), Figure and Quote (evidence records), Redact… (a redacted span with a reason). Mouse presses on it keep the text selected.
 */
export const SelectionBar = forwardRef<HTMLDivElement, SelectionBarProps>(function SelectionBar(props, ref) {
  const { top, left, mode, codes } = props;
  return (
    <div
      ref={ref}
      className="selection-bar"
      style={{ top, left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onClose();
        }
      }}
    >
      <div className="selection-bar-actions" role="toolbar" aria-label="Selected text" onKeyDown={moveFocus} onMouseDown={(e) => e.preventDefault()}>
        <button type="button" className="btn btn-small selection-bar-button" aria-pressed={mode === 'code'} aria-keyshortcuts="Enter" onClick={() => props.onMode(mode === 'code' ? 'actions' : 'code')}>
          Code
          <kbd aria-hidden="true">↵</kbd>
        </button>
        <button type="button" className="btn btn-small selection-bar-button" aria-pressed={mode === 'memo'} onClick={() => props.onMode(mode === 'memo' ? 'actions' : 'memo')}>
          Memo
        </button>
        <button type="button" className="btn btn-small selection-bar-button" onClick={props.onHighlight}>
          Highlight
        </button>
        <SelectionEvidenceButtons onDone={props.onClose} />
        <button type="button" className="btn btn-small selection-bar-button" aria-pressed={mode === 'redact'} title="Mark the selected text as redacted, with a reason" onClick={() => props.onMode(mode === 'redact' ? 'actions' : 'redact')}>
          Redact…
        </button>
      </div>
      {mode === 'code' && (
        <div className="selection-bar-panel">
          <CodePicker index={codes} label="Apply a code to the selected text" onPick={props.onCode} onClose={props.onClose} />
        </div>
      )}
      {mode === 'redact' && (
        <div className="selection-bar-panel selection-bar-memo">
          <RedactForm onSave={props.onRedact} onCancel={props.onClose} />
        </div>
      )}
      {mode === 'memo' && (
        <div className="selection-bar-panel selection-bar-memo">
          <SelectionMemoForm onSave={props.onMemo} onCancel={props.onClose} />
        </div>
      )}
    </div>
  );
});
