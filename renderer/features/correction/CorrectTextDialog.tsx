import { useEffect, useState } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import { useClient } from '../../api/ClientContext';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { TextField } from '../../ui/form/TextField';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion } from '../undo/dataVersion';
import { describeCorrection, type CorrectionReport } from './correctionReport';
import './correction.css';
import { issueMessages } from '../../ui/form/useRecordForm';

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
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ text?: string; reason?: string }>({});
  const [report, setReport] = useState<CorrectionReport | null>(null);
  const { busy, problem, setProblem, run } = useBusyAction();

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

  function submit() {
    if (!article || busy) return;
    const missing = { text: text.trim() ? undefined : 'is empty: an article must keep some text.', reason: reason.trim() ? undefined : 'is required: say why the text is corrected.' };
    if (missing.text || missing.reason) {
      setErrors(missing);
      return;
    }
    void run(
      async () => {
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
      },
      (error) => {
        const { byField, problem } = issueMessages(error, '', ['text', 'reason']);
        setErrors(byField);
        return problem;
      },
    );
  }

  const close = () => !busy && onClose();
  return (
    <ConfirmDialog
      open={open && article !== null}
      className="correct-dialog"
      titleId="correct-title"
      title="Correct the reading text"
      subtitle="The correction is recorded with its reason. The original file is never changed; highlights are moved to the corrected text."
      busy={busy}
      problem={problem}
      lockEscape={busy}
      confirmLabel="Correct text"
      busyLabel="Correcting…"
      footer={
        report && (
          <footer className="dialog-footer">
            <button type="button" className="btn btn-primary" onClick={close}>
              Close
            </button>
          </footer>
        )
      }
      onConfirm={submit}
      onClose={close}
    >
      {report ? (
        <div className="correct-report" role="status">
          <p className="correct-report-title">Corrected: {describeCorrection(report)}.</p>
          {report.review + report.orphaned > 0 && <p>Check the highlights under “Needs review” in the inspector: confirm them or re-attach them to the right text.</p>}
        </div>
      ) : (
        <>
          <TextField id="correct-text" label="Reading text" error={errors.text} multiline className="correct-textarea" dir="auto" value={text} onValue={setText} />
          <TextField
            id="correct-reason"
            label="Reason for the correction"
            subject="Reason"
            error={errors.reason}
            dir="auto"
            required
            placeholder="e.g. OCR read “l,000” for “1,000”"
            value={reason}
            onValue={setReason}
          />
        </>
      )}
    </ConfirmDialog>
  );
}
