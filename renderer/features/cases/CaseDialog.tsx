import { useEffect, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { ApiError } from '../../api/client';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { TextField } from '../../ui/form/TextField';
import { useMutate } from '../undo/useMutate';

interface CaseDialogProps {
  /** null: closed; 'new': create a case; a case: edit its title and description. */
  target: Case | 'new' | null;
  onClose: () => void;
  onSaved: (saved: Case) => void;
}

type Field = 'title' | 'description';

/** Creates a case, or renames one and edits its description. Messages appear under their field. */
export function CaseDialog({ target, onClose, onSaved }: CaseDialogProps) {
  const mutate = useMutate();
  const editing = target !== null && target !== 'new' ? target : null;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { busy, problem, setProblem, run } = useBusyAction();

  useEffect(() => {
    if (target === null) return;
    setTitle(target === 'new' ? '' : target.title);
    setDescription(target === 'new' ? '' : target.description);
    setErrors({});
    setProblem(null);
  }, [target, setProblem]);

  function save() {
    if (busy) return;
    if (title.trim() === '') {
      setErrors({ title: 'Give the case a title, for example “Coastal killings, March 2025”.' });
      return;
    }
    void run(
      async () => {
        const saved = editing
          ? await mutate('cases.update', { id: editing.id, patch: { title: title.trim(), description } })
          : await mutate('cases.create', { title: title.trim(), description });
        onSaved(saved);
        onClose();
      },
      (error) => {
        const { byField, other } = fieldIssues(error, editing ? 'patch.' : '', ['title', 'description']);
        if (error instanceof ApiError && error.code === 'conflict') byField.title = error.message;
        setErrors(byField);
        return Object.keys(byField).length > 0 ? null : [errorMessage(error), ...other].join(' ');
      },
    );
  }

  return (
    <ConfirmDialog
      open={target !== null}
      className="dialog-wide"
      titleId="case-dialog-title"
      title={editing ? 'Edit case' : 'New case'}
      subtitle="A case groups the articles about one event or pattern. An article may be in several cases."
      busy={busy}
      problem={problem}
      confirmLabel={editing ? 'Save case' : 'Create case'}
      busyLabel="Saving…"
      onConfirm={save}
      onClose={onClose}
    >
      <TextField id="case-title" label="Title" error={errors.title} dir="auto" autoComplete="off" maxLength={300} value={title} onValue={setTitle} />
      <TextField
        id="case-description"
        label="Description"
        hint="What the case is about, its dates and places. Optional."
        error={errors.description}
        multiline
        dir="auto"
        rows={5}
        value={description}
        onValue={setDescription}
      />
    </ConfirmDialog>
  );
}
