import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useCases } from '../cases/useCases';
import { useModalDialog } from '../../ui/dialog/useModalDialog';
import { useMutate } from '../undo/useMutate';
import { EvidenceCodes } from '../highlights/EvidenceCodes';
import { FigureCountFields } from './FigureCountFields';
import { closeFigureDialog, useFigureDialogRequest } from './figureDialogStore';
import { fieldsFromDraft, figureIssues, rememberedFigure, type FigureErrors } from './figureDraft';
import { FigureScopeFields } from './FigureScopeFields';
import { FigureWhoFields } from './FigureWhoFields';
import { countInWords, GROUP_LABEL } from './figureWords';
import { useFigureDraft } from './useFigureDraft';
import { useIncidents } from './useIncidents';
import './figureForm.css';

const FIELD_IDS: Partial<Record<keyof FigureErrors, string>> = {
  reporterId: 'figure-reporter', reportedDate: 'figure-reported', asOfDate: 'figure-asof', identity: 'figure-identity', identityBasis: 'figure-basis',
  value: 'figure-value', min: 'figure-min', max: 'figure-max', wording: 'figure-wording', scopePeriodEnd: 'figure-period-end', updatesId: 'figure-updates',
};

/** The first field with a message, focused so the keyboard lands where the work is. */
function focusFirst(errors: FigureErrors) {
  const first = (Object.keys(FIELD_IDS) as (keyof FigureErrors)[]).find((f) => errors[f]);
  if (first) requestAnimationFrame(() => document.getElementById(FIELD_IDS[first]!)?.focus());
}

/**
 * Records a casualty figure from selected wording (pre-filled: the wording, its qualifier and
 * number, a guess at the group) or edits one. Every write goes through figures.create/update;
 * the server's messages appear next to their fields. Ctrl+Enter saves, Escape closes.
 */
export function FigureDialog() {
  const request = useFigureDialogRequest();
  const dialogRef = useModalDialog(request !== null);
  const mutate = useMutate();
  const { notify } = useNotices();
  const { cases } = useCases(0);
  const incidents = useIncidents();
  const form = useFigureDraft(request);
  const { draft, errors, setErrors } = form;
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = request?.kind === 'edit' ? request.figure : null;
  const ready = draft !== null;
  useEffect(() => {
    if (ready) document.getElementById('figure-reporter')?.focus();
  }, [ready, request]);
  const source = request?.kind === 'new' ? request.span.exact : (editing?.selector?.exact ?? null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!request || !draft || busy) return;
    const { fields, errors: own } = fieldsFromDraft(draft);
    setProblem(null);
    if (!fields) {
      setErrors(own);
      focusFirst(own);
      return;
    }
    setBusy(true);
    try {
      const saved =
        request.kind === 'new'
          ? await mutate('figures.create', { articleId: request.article.id, start: request.span.start, end: request.span.end, exact: request.span.exact, ...fields })
          : await mutate('figures.update', { id: request.figure.id, patch: fields });
      if (request.kind === 'new') Object.assign(rememberedFigure, { reporterId: saved.reporterId, articleId: request.article.id, reportedDate: saved.reportedDate, asOfDate: saved.asOfDate ?? '' });
      notify({
        tone: 'success',
        title: `${request.kind === 'new' ? 'Figure recorded' : 'Figure saved'}: ${saved.reporterName}, ${saved.outcome}, ${GROUP_LABEL[saved.group].toLowerCase()}: ${countInWords(saved)}.`,
      });
      closeFigureDialog();
    } catch (error) {
      const { errors: byField, other } = figureIssues(error, request.kind === 'edit' ? 'patch.' : '');
      setErrors(byField);
      focusFirst(byField);
      setProblem(Object.keys(byField).length > 0 && other.length === 0 ? 'Not saved: correct the marked fields.' : [`Not saved: ${errorMessage(error)}`, ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog figure-dialog" aria-labelledby="figure-dialog-title" onClose={closeFigureDialog}>
      {request && draft && (
        <form className="dialog-form figure-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
          <header className="dialog-header">
            <h2 id="figure-dialog-title" className="dialog-title">
              {editing ? 'Edit figure' : 'Record a figure'}
            </h2>
            <p className="dialog-subtitle">A figure is a claim: who said how many of whom, as of when, in which words.</p>
          </header>
          {source && (
            <blockquote className="figure-source" dir="auto" lang={request.kind === 'new' ? request.article.language : undefined}>
              <span className="figure-source-label">{request.kind === 'new' ? `From “${request.article.title}”` : 'From its article'}</span>
              {source}
            </blockquote>
          )}
          <div className="figure-form-body">
            <FigureWhoFields draft={draft} errors={errors} set={form.set} />
            <FigureCountFields draft={draft} errors={errors} set={form.set} reading={form.reading} onReadWording={() => void form.readWording(draft.wording)} />
            <FigureScopeFields draft={draft} errors={errors} set={form.set} cases={cases} incidents={incidents} earlier={form.earlier} />
            <EvidenceCodes itemType="figure" itemId={editing?.id ?? null} />
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <span className="figure-form-hint">Ctrl+Enter saves · Esc closes</span>
            <button type="button" className="btn" onClick={closeFigureDialog} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Saving…' : editing ? 'Save figure' : 'Record figure'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
