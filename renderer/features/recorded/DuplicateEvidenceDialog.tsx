import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { shortQuote } from '../highlights/textSpan';
import { closeDuplicateQuestion, useDuplicateRequest } from './duplicateStore';
import { describeRecorded } from './recordedSpans';
import { openRecorded } from './RecordedEvidenceLayer';

/** "This text is already recorded as a figure: record another?" with the records it overlaps. */
export function DuplicateEvidenceDialog() {
  const request = useDuplicateRequest();
  if (!request) return null;
  const what = request.kind === 'figure' ? 'figure' : 'quote';
  const first = request.existing[0];
  return (
    <ConfirmDialog
      open
      titleId="duplicate-evidence-title"
      describedBy="duplicate-evidence-what"
      title={`Already recorded as a ${what}`}
      className="dialog-narrow"
      busy={false}
      confirmLabel={`Record another ${what}`}
      busyLabel="Opening…"
      cancelFirst
      onConfirm={() => {
        closeDuplicateQuestion();
        request.proceed();
      }}
      onClose={closeDuplicateQuestion}
    >
      <div id="duplicate-evidence-what">
        <p className="dialog-text" dir="auto">
          “{shortQuote(request.exact, 80)}” overlaps {request.existing.length === 1 ? `a ${what}` : `${request.existing.length} ${what}s`} already recorded from this article:
        </p>
        <ul className="dialog-list">
          {request.existing.map((s) => (
            <li key={s.id} dir="auto">
              {describeRecorded(s)}
            </li>
          ))}
        </ul>
        <p className="dialog-text">
          Record another only if the text makes a second claim.{' '}
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={() => {
              closeDuplicateQuestion();
              openRecorded(first);
            }}
          >
            Open the recorded {what}
          </button>
        </p>
      </div>
    </ConfirmDialog>
  );
}
