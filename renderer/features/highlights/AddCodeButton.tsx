import { useEffect, useRef, useState } from 'react';
import type { CodeEntry, CodeIndex } from './codeIndex';
import { CodePicker } from './CodePicker';

interface AddCodeButtonProps {
  codes: CodeIndex;
  applied: readonly string[];
  /** "Add a code to this highlight" */
  label: string;
  onPick: (entry: CodeEntry) => void;
}

/** "+ Code": opens the code picker under the button; a pick applies the code and closes it. */
export function AddCodeButton({ codes, applied, label, onPick }: AddCodeButtonProps) {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const exclude = new Set(applied);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div ref={wrapRef} className="add-code">
      <button ref={buttonRef} type="button" className="btn btn-small add-code-button" aria-expanded={open} aria-label={label} onClick={() => setOpen((o) => !o)}>
        + Code
      </button>
      {open && (
        <div className="add-code-popover">
          <CodePicker
            index={codes}
            exclude={exclude}
            label={label}
            onPick={(entry) => {
              onPick(entry);
              close();
            }}
            onClose={close}
          />
        </div>
      )}
    </div>
  );
}
