import { ModalDialog } from '../../ui/dialog/ModalDialog';
import { DialogHeader } from '../../ui/dialog/DialogHeader';
import { OUTCOME_WORDS, summarizeOutcomes, type ImportOutcome } from './importReport';

/** Every file of the last import with its outcome and, when it was not imported, why. */
export function ImportReportDialog({ outcomes, onClose }: { outcomes: readonly ImportOutcome[] | null; onClose: () => void }) {
  if (!outcomes) return null;
  return (
    <ModalDialog open labelledBy="import-report-title" describedBy="import-report-summary" className="dialog-wide import-report" onClose={onClose}>
      <div className="dialog-form">
        <DialogHeader titleId="import-report-title" title="Import report" subtitle={<span id="import-report-summary">{summarizeOutcomes(outcomes)}.</span>} />
        <div className="import-report-scroll">
          <table className="import-report-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Outcome</th>
                <th scope="col">Article or reason</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o, i) => (
                <tr key={`${i}-${o.fileName}`} className={`import-outcome-${o.kind}`}>
                  <td dir="auto">{o.fileName}</td>
                  <td>{OUTCOME_WORDS[o.kind]}</td>
                  <td dir="auto">{o.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn btn-primary" onClick={onClose}>
            Close
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
