import { useEffect, useState, type FormEvent } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { ApiError } from '../../api/client';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { useModalDialog } from '../importing/useModalDialog';
import { FormField } from '../inspector/FormField';
import { useMutate } from '../undo/useMutate';
import './dialog-form.css';

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
  const dialogRef = useModalDialog(target !== null);
  const editing = target !== null && target !== 'new' ? target : null;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (target === null) return;
    setTitle(target === 'new' ? '' : target.title);
    setDescription(target === 'new' ? '' : target.description);
    setErrors({});
    setProblem(null);
  }, [target]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setErrors({ title: 'Give the case a title, for example “Coastal killings, March 2025”.' });
      return;
    }
    setBusy(true);
    try {
      const saved = editing
        ? await mutate('cases.update', { id: editing.id, patch: { title: title.trim(), description } })
        : await mutate('cases.create', { title: title.trim(), description });
      onSaved(saved);
      onClose();
    } catch (error) {
      const { byField, other } = fieldIssues(error, editing ? 'patch.' : '', ['title', 'description']);
      if (error instanceof ApiError && error.code === 'conflict') byField.title = error.message;
      setErrors(byField);
      setProblem(Object.keys(byField).length > 0 ? null : [errorMessage(error), ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby="case-dialog-title" onClose={onClose}>
      {target !== null && (
        <form className="dialog-form" onSubmit={submit} noValidate>
          <header className="dialog-header">
            <h2 id="case-dialog-title" className="dialog-title">
              {editing ? 'Edit case' : 'New case'}
            </h2>
            <p className="dialog-subtitle">A case groups the articles about one event or pattern. An article may be in several cases.</p>
          </header>
          <FormField id="case-title" label="Title" error={errors.title}>
            {(describedBy, invalid) => (
              <input
                id="case-title"
                className="input"
                dir="auto"
                autoComplete="off"
                maxLength={300}
                value={title}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </FormField>
          <FormField id="case-description" label="Description" hint="What the case is about, its dates and places. Optional." error={errors.description}>
            {(describedBy, invalid) => (
              <textarea
                id="case-description"
                className="input"
                dir="auto"
                rows={5}
                value={description}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </FormField>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Saving…' : editing ? 'Save case' : 'Create case'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
