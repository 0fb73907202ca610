import { useEffect, useState, type FormEvent } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import { useClient } from '../../api/ClientContext';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { useModalDialog } from '../importing/useModalDialog';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion } from '../undo/dataVersion';
import { describeCorrection, type CorrectionReport } from './correctionReport';
import './correction.css';

interface CorrectTextDialogProps {
  article: Article | null;
  open: boolean;
  onClose: () => void;
  /** The article as stored after the correction. */
  onCorrected: (article: Article) => void;
}

/**
 * Corrects the reading text (OCR slips, a wrong character) with a required reason. The correction
 * is recorded, the original file is never changed, and every highlight is re-anchored; the report
 * says how many stayed, how many need review and how many lost their text.
 */
export function CorrectTextDialog({ article, open, onClose, onCorrected }: CorrectTextDialogProps) {
  const client = useClient();
  const { notify } = useNotices();
  const dialogRef = useModalDialog(open && article !== null);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ text?: string; reason?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<CorrectionReport | null>(null);
  const [busy, setBusy] = useState(false);

  // Start from the stored text each time the dialog opens (not when the article object is replaced).
  const articleId = article?.id;
  const articleText = article?.text;
  useEffect(() => {
    if (open && articleText !== undefined) {
      setText(articleText);
      setReason('');
      setErrors({});
      setProblem(null);
      setReport(null);
    }
    // Not on articleText: the corrected article arriving must not wipe the report.
  }, [open, articleId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!article || busy) return;
    const missing = { text: text.trim() ? undefined : 'is empty: an article must keep some text.', reason: reason.trim() ? undefined : 'is required: say why the text is corrected.' };
    if (missing.text || missing.reason) {
      setErrors(missing);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await client.call('articles.correctText', { id: article.id, text, reason: reason.trim() });
      setReport(result);
      setErrors({});
      try {
        onCorrected(await client.call('articles.get', { id: article.id }));
      } finally {
        // Highlights are asked for again only now, so they are never drawn over the old text.
        bumpDataVersion();
      }
      notify({ tone: result.review || result.orphaned ? 'warning' : 'success', title: `Text corrected: ${describeCorrection(result)}.` });
    } catch (error) {
      const { byField, other } = fieldIssues(error, '', ['text', 'reason']);
      setErrors(byField);
      setProblem(Object.keys(byField).length ? null : [errorMessage(error), ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  const close = () => !busy && onClose();
  return (
    <dialog ref={dialogRef} className="dialog correct-dialog" aria-labelledby="correct-title" onClose={close} onCancel={(e) => busy && e.preventDefault()}>
      <form className="correct-form" onSubmit={submit} noValidate>
        <header className="dialog-header">
          <h2 id="correct-title" className="dialog-title">
            Correct the reading text
          </h2>
          <p className="dialog-subtitle">The correction is recorded with its reason. The original file is never changed; highlights are moved to the corrected text.</p>
        </header>
        {report ? (
          <div className="correct-report" role="status">
            <p className="correct-report-title">Corrected: {describeCorrection(report)}.</p>
            {report.review + report.orphaned > 0 && <p>Check the highlights under “Needs review” in the inspector: confirm them or re-attach them to the right text.</p>}
          </div>
        ) : (
          <>
            <div className="field">
              <label className="field-label" htmlFor="correct-text">
                Reading text
              </label>
              <textarea id="correct-text" className="input correct-textarea" dir="auto" value={text} aria-invalid={Boolean(errors.text)} onChange={(e) => setText(e.target.value)} />
              {errors.text && <p className="field-error">Reading text {errors.text}</p>}
            </div>
            <div className="field">
              <label className="field-label" htmlFor="correct-reason">
                Reason for the correction
              </label>
              <input
                id="correct-reason"
                className="input"
                dir="auto"
                required
                placeholder="e.g. OCR read “l,000” for “1,000”"
                value={reason}
                aria-invalid={Boolean(errors.reason)}
                onChange={(e) => setReason(e.target.value)}
              />
              {errors.reason && <p className="field-error">Reason {errors.reason}</p>}
            </div>
          </>
        )}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <footer className="dialog-footer">
          {report ? (
            <button type="button" className="btn btn-primary" onClick={close}>
              Close
            </button>
          ) : (
            <>
              <button type="button" className="btn" onClick={close} disabled={busy}>
                Cancel
              </button>
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {busy ? 'Correcting…' : 'Correct text'}
              </button>
            </>
          )}
        </footer>
      </form>
    </dialog>
  );
}
