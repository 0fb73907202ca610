import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useCases } from '../cases/useCases';
import { useUndoableDelete } from '../figures/useUndoableDelete';
import { useModalDialog } from '../../ui/dialog/useModalDialog';
import { useMutate } from '../undo/useMutate';
import { closeQuoteDialog, useQuoteDialogRequest } from './quoteDialogStore';
import { blankQuote, draftFromQuote, quoteFieldsFromDraft, quoteIssues, type QuoteDraft, type QuoteErrors, type QuoteField } from './quoteDraft';
import { QuoteTextFields } from './QuoteTextFields';
import { QuoteSpeakerFields } from './QuoteSpeakerFields';
import { shortQuote } from '../highlights/textSpan';
import { EvidenceCodes } from '../highlights/EvidenceCodes';
import '../figures/figureForm.css';

/**
 * Completes a quote just recorded from a selection (everything pre-filled shown for review, with
 * "Discard" to take it back), edits a quote, or records one typed from an interview. Messages
 * appear next to their fields; Ctrl+Enter saves, Escape closes.
 */
export function QuoteDialog() {
  const request = useQuoteDialogRequest();
  const dialogRef = useModalDialog(request !== null);
  const mutate = useMutate();
  const discard = useUndoableDelete('quotes.delete');
  const { notify } = useNotices();
  const { cases } = useCases(0);
  const [draft, setDraft] = useState<QuoteDraft | null>(null);
  const [errors, setErrors] = useState<QuoteErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const quote = request?.kind === 'edit' ? request.quote : null;
  const typed = request?.kind === 'typed' || (quote !== null && quote.selector === null);

  useEffect(() => {
    setErrors({});
    setProblem(null);
    setDraft(request ? (request.kind === 'edit' ? draftFromQuote(request.quote) : blankQuote(request.caseId)) : null);
  }, [request]);
  const ready = draft !== null;
  useEffect(() => {
    if (ready) document.getElementById(request?.kind === 'typed' ? 'quote-text' : request?.kind === 'edit' && !request.quote.speakerId ? 'quote-speaker' : 'quote-role')?.focus();
  }, [ready, request]);

  const set = <K extends QuoteField>(field: K, value: QuoteDraft[K]) => {
    setDraft((d) => d && { ...d, [field]: value });
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!request || !draft || busy) return;
    const { fields, errors: own } = quoteFieldsFromDraft(draft, typed);
    setProblem(null);
    if (!fields) {
      setErrors(own);
      return;
    }
    setBusy(true);
    try {
      const saved = request.kind === 'edit' ? await mutate('quotes.update', { id: request.quote.id, patch: fields }) : await mutate('quotes.create', { ...fields, text: draft.text });
      notify({ tone: 'success', title: `Quote saved: “${shortQuote(saved.text, 40)}”${saved.speakerName ? `, ${saved.speakerName}` : saved.speakerDescriptor ? `, ${saved.speakerDescriptor}` : ''}.` });
      closeQuoteDialog();
    } catch (error) {
      const { errors: byField, other } = quoteIssues(error, request.kind === 'edit' ? 'patch.' : '');
      setErrors(byField);
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

  const fresh = request?.kind === 'edit' && request.fresh;
  return (
    <dialog ref={dialogRef} className="dialog figure-dialog" aria-labelledby="quote-dialog-title" onClose={closeQuoteDialog}>
      {request && draft && (
        <form className="dialog-form figure-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
          <header className="dialog-header">
            <h2 id="quote-dialog-title" className="dialog-title">
              {fresh ? 'Quote recorded: check and complete it' : quote ? 'Edit quote' : 'Record a typed quote'}
            </h2>
            <p className="dialog-subtitle">
              {fresh
                ? 'Pre-filled from the selection: the words without their quote marks, the article’s language, direct or relayed, and the registered speaker named nearby.'
                : typed
                  ? 'Words typed from an interview or a recording, with their language and speaker.'
                  : 'The words are the article’s own; correct the article’s text to change them.'}
            </p>
          </header>
          <div className="figure-form-body">
            <QuoteTextFields draft={draft} errors={errors} set={set} typed={typed} cases={cases} />
            <QuoteSpeakerFields draft={draft} errors={errors} set={set} />
            <EvidenceCodes itemType="quote" itemId={quote?.id ?? null} />
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <span className="figure-form-hint">Ctrl+Enter saves · Esc closes</span>
            {fresh && quote && (
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => {
                  closeQuoteDialog();
                  void discard(quote.id, `“${shortQuote(quote.text, 40)}”`);
                }}
              >
                Discard quote
              </button>
            )}
            <button type="button" className="btn" onClick={closeQuoteDialog} disabled={busy}>
              {fresh ? 'Keep as is' : 'Cancel'}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save quote'}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
