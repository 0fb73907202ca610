import { useRef, useState } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { DialogHeader } from '../../ui/dialog/DialogHeader';
import { ModalDialog } from '../../ui/dialog/ModalDialog';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { fileToBase64 } from '../importing/bytesToBase64';
import { closeVerifyDialog, useVerifyRequest } from './verifyStore';
import './casefile.css';

type Report = MethodOutput<'casefile.verify'>;

/** "Verify a case file…": choose a .fieldnotes.zip, see whether it is complete and valid, or which files were altered, added or removed. */
export function VerifyCaseFileDialog() {
  const request = useVerifyRequest();
  return request ? <VerifyForm key={request.at} /> : null;
}

function VerifyForm() {
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function check(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setReport(null);
    try {
      // The file goes as bytes, as imports do (browser mode has no paths).
      setReport(await client.call('casefile.verify', { fileName: file.name, dataBase64: await fileToBase64(file) }));
    } catch (failure) {
      setProblem(`The file was not checked: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog open labelledBy="verify-title" className="dialog-verify" onClose={closeVerifyDialog}>
      <div className="dialog-form" aria-busy={busy}>
        <DialogHeader titleId="verify-title" title="Verify a case file" subtitle="Checks every file of a .fieldnotes.zip against its SHA-256 manifests and the BagIt rules. Nothing is imported." />
        <label className="field-label" htmlFor="verify-file">
          Case file
        </label>
        <input id="verify-file" ref={input} type="file" accept=".zip,application/zip" data-testid="verify-file-input" disabled={busy} onChange={(e) => void check(e.target.files?.[0])} />
        {busy && <p role="status">Checking…</p>}
        {report && <VerifyResult report={report} />}
        <ProblemAlert problem={problem} />
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={closeVerifyDialog}>
            Close
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}

function VerifyResult({ report }: { report: Report }) {
  if (report.valid) {
    const i = report.info;
    return (
      <p className="verify-result verify-valid" role="status" data-testid="verify-result">
        <strong>{report.fileName} is complete and valid.</strong> {report.payloadFiles} files, each matching its SHA-256 (profile {i['Fieldnotes-Profile'] ?? '?'}, made by {i['Fieldnotes-Exporter'] ?? '?'} on {i['Bagging-Date'] ?? '?'}).
      </p>
    );
  }
  return (
    <div className="verify-result verify-invalid" role="alert" data-testid="verify-result">
      <strong>
        {report.fileName} is not a valid case file ({report.problems.length} problem{report.problems.length === 1 ? '' : 's'}):
      </strong>
      <ul>
        {report.problems.map((p, i) => (
          <li key={i}>
            <span className="verify-kind">{p.kind}</span> {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
