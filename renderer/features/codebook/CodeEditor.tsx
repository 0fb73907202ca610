import { useCallback, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { modKey } from '../../lib/platform';
import { useMutate } from '../undo/useMutate';
import { codeErrors, createInput, draftFromCode, newDraft, patchFromDraft, type CodeErrors } from './codeDraft';
import { CodeEditorHeader } from './CodeEditorHeader';
import { CodeFormFields } from './CodeFormFields';
import { CODE_TREE_ID } from './CodeTree';
import { useCodeDraft } from './useCodeDraft';

export type EditorMode = { kind: 'edit'; code: CodeWithCounts } | { kind: 'create'; parent: Code | null };

interface CodeEditorProps {
  mode: EditorMode;
  codes: readonly CodeWithCounts[];
  onSaved: (code: Code, created: boolean) => void;
  onCancelCreate: () => void;
  onNewSubcode: (parent: CodeWithCounts) => void;
  onMove: (code: CodeWithCounts) => void;
  onMerge: (code: CodeWithCounts) => void;
  onDelete: (code: CodeWithCounts) => void;
}

/** The selected code's form (or a new code's): saves only what changed; messages appear under their field. */
export function CodeEditor({ mode, codes, onSaved, onCancelCreate, onNewSubcode, onMove, onMerge, onDelete }: CodeEditorProps) {
  const mutate = useMutate();
  const editing = mode.kind === 'edit' ? mode.code : null;
  const parent = mode.kind === 'create' ? mode.parent : null;
  const draftId = editing ? editing.id : `new:${parent?.id ?? ''}`;
  const key = editing ? `${editing.id}@${editing.updatedAt}` : draftId;
  const initial = useCallback(() => (editing ? draftFromCode(editing) : newDraft(parent)), [editing, parent]);
  const { draft, setField, forget, saved: draftSaved } = useCodeDraft(draftId, key, initial);
  const [errors, setErrors] = useState<{ key: string; byField: CodeErrors; other: string | null }>({ key, byField: {}, other: null });
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const shown = errors.key === key ? errors : { byField: {}, other: null };
  const dirty = editing ? Object.keys(patchFromDraft(draft, editing)).length > 0 : true;
  const idPrefix = `code-${draftId.replace(/[^a-z0-9-]/gi, '')}`;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || (editing && !dirty)) return;
    if (draft.name.trim() === '') {
      setErrors({ key, byField: { name: 'Give the code a name.' }, other: null });
      document.getElementById(`${idPrefix}-name`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = editing
        ? await mutate('codes.update', { id: editing.id, patch: patchFromDraft(draft, editing) })
        : await mutate('codes.create', createInput(draft));
      setErrors({ key, byField: {}, other: null });
      draftSaved();
      setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
      onSaved(saved, !editing);
    } catch (error) {
      const found = codeErrors(error, editing ? 'patch.' : '');
      setErrors({ key, ...found });
      // Take the person to the first field with a message (it may be scrolled away).
      const first = Object.keys(found.byField)[0];
      if (first) requestAnimationFrame(() => document.getElementById(`${idPrefix}-${first === 'parentId' ? 'parent' : first}`)?.focus());
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && !(event.target instanceof HTMLSelectElement)) {
      // Escape leaves the form for the tree (a new code's form is dropped).
      event.preventDefault();
      if (!editing) {
        forget();
        onCancelCreate();
      }
      document.getElementById(CODE_TREE_ID)?.focus();
    }
  }

  function revert() {
    forget();
    setErrors({ key, byField: {}, other: null });
  }

  const fieldProblems = Object.keys(shown.byField).length > 0;
  return (
    <form className="code-editor" aria-labelledby={`${idPrefix}-title`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <CodeEditorHeader titleId={`${idPrefix}-title`} code={editing} parent={parent} draft={draft} />
      <CodeFormFields idPrefix={idPrefix} draft={draft} errors={shown.byField} codes={codes} selfId={editing?.id ?? null} onChange={setField} />
      {shown.other && (
        <p className="field-error" role="alert">
          {shown.other}
        </p>
      )}
      <div className="code-editor-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : editing ? 'Save' : 'Create code'}
        </button>
        {editing ? (
          <button type="button" className="btn" disabled={busy || !dirty} onClick={revert}>
            Revert
          </button>
        ) : (
          <button type="button" className="btn" disabled={busy} onClick={() => (forget(), onCancelCreate())}>
            Cancel
          </button>
        )}
        <span className="code-editor-status" role="status">
          {fieldProblems ? <span className="field-error">Not saved: see the marked field.</span> : editing && dirty ? `Unsaved changes · ${modKey}+S saves` : savedAt ? `Saved at ${savedAt}` : ''}
        </span>
      </div>
      {editing && (
        <div className="code-editor-more" role="group" aria-label="Reorganise">
          <button type="button" className="btn btn-small" onClick={() => onNewSubcode(editing)}>
            New sub-code
          </button>
          <button type="button" className="btn btn-small" onClick={() => onMove(editing)}>
            Move to…
          </button>
          <button type="button" className="btn btn-small" onClick={() => onMerge(editing)}>
            Merge into…
          </button>
          <button type="button" className="btn btn-small code-delete" onClick={() => onDelete(editing)}>
            Delete…
          </button>
        </div>
      )}
    </form>
  );
}
