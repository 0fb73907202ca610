import { useCallback, type KeyboardEvent } from 'react';
import type { Code, CodeWithCounts } from '../../../src/shared/schemas/code';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { RecordFormActions } from '../../ui/form/RecordFormActions';
import { useRecordForm } from '../../ui/form/useRecordForm';
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
  const dirty = editing ? Object.keys(patchFromDraft(draft, editing)).length > 0 : true;
  const idPrefix = `code-${draftId.replace(/[^a-z0-9-]/gi, '')}`;
  const form = useRecordForm({
    dirty,
    check: (): CodeErrors => (draft.name.trim() === '' ? { name: 'Give the code a name.' } : {}),
    save: () => (editing ? mutate('codes.update', { id: editing.id, patch: patchFromDraft(draft, editing) }) : mutate('codes.create', createInput(draft))),
    onSaved: (saved) => (draftSaved(), onSaved(saved, !editing)),
    failed: (error) => {
      const { byField, other } = codeErrors(error, editing ? 'patch.' : '');
      return { byField, problem: other };
    },
    // The first field with a message may be scrolled away.
    fieldId: (field) => `${idPrefix}-${field === 'parentId' ? 'parent' : field}`,
    // Messages belong to the code (and version) they were for.
    messagesKey: key,
    keepMessagesWhileSaving: true,
  });

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    form.onKeyDown(event);
    if (event.key === 'Escape' && !(event.target instanceof HTMLSelectElement)) {
      // Escape leaves the form for the tree (a new code's form is dropped).
      event.preventDefault();
      if (!editing) {
        forget();
        onCancelCreate();
      }
      document.getElementById(CODE_TREE_ID)?.focus();
    }
  }

  return (
    <form className="code-editor" aria-labelledby={`${idPrefix}-title`} onSubmit={form.submit} onKeyDown={onKeyDown} noValidate>
      <CodeEditorHeader titleId={`${idPrefix}-title`} code={editing} parent={parent} draft={draft} />
      <CodeFormFields idPrefix={idPrefix} draft={draft} errors={form.errors} codes={codes} selfId={editing?.id ?? null} onChange={setField} />
      <ProblemAlert problem={form.problem} />
      <RecordFormActions
        block="code-editor"
        {...form.actions}
        editing={Boolean(editing)}
        createLabel="Create code"
        onRevert={() => (forget(), form.clearMessages('all'))}
        onCancel={() => (forget(), onCancelCreate())}
      />
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
