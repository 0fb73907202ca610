import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExportFormatId } from '../../../src/shared/api/methods/export';
import type { ExportProfile } from '../../../src/shared/schemas/export';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { SelectField } from '../../ui/form/SelectField';
import { DialogHeader } from '../../ui/dialog/DialogHeader';
import { ModalDialog } from '../../ui/dialog/ModalDialog';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { SaveCaseFileButton } from '../casefile/SaveCaseFileButton';
import { closeExportDialog, useExportDialogRequest } from './exportDialogStore';
import { ExportWithheld } from './ExportWithheld';
import { progressWords, runExport, STAGE_STEPS, stageStep, type ExportRecords, type ExportStage } from './runExport';
import { useExportFormats, useExportPreview } from './useExportPreview';
import './export.css';

const PROFILES: { id: ExportProfile; label: string; hint: string }[] = [
  { id: 'team', label: 'Team', hint: 'No witness identities; accounts shared with the team; private memos left out.' },
  { id: 'public', label: 'Public', hint: 'Also no interviewer names or exact places; only accounts consented for publication and memos marked public; redacted spans replaced.' },
  { id: 'internal', label: 'Internal', hint: 'Everything, witness identities included: for your own archive only.' },
];

/** Remembered for the next export in this window (the format; the profile always starts at team). */
let lastFormat = 'docx';

/**
 * Export: scope, format and profile (team by default); what the profile withholds, counted, before
 * anything is written; the file name with the profile; then progress with Cancel. A cancelled
 * export writes and downloads nothing.
 */
export function ExportDialog() {
  const request = useExportDialogRequest();
  return request ? <ExportForm key={request.choices.map((c) => c.id).join() + request.initial} request={request} /> : null;
}

function ExportForm({ request }: { request: NonNullable<ReturnType<typeof useExportDialogRequest>> }) {
  const client = useClient();
  const { notify } = useNotices();
  const [scopeId, setScopeId] = useState(request.initial);
  const [format, setFormat] = useState(lastFormat);
  const [profile, setProfile] = useState<ExportProfile>('team');
  const [stage, setStage] = useState<ExportStage | null>(null);
  const [records, setRecords] = useState<ExportRecords>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const job = useRef<string | null>(null);
  const choice = request.choices.find((c) => c.id === scopeId) ?? request.choices[0];
  const formats = useExportFormats();
  const chosen = formats.find((f) => f.id === format) ?? formats[0];
  const { preview, error, loading } = useExportPreview(choice.scope, profile, (chosen?.id as ExportFormatId | undefined) ?? null);
  const fileName = preview && chosen && preview.fileName.endsWith(`.${chosen.extension}`) ? preview.fileName : null;
  const running = stage !== null && stage !== 'cancelled' && stage !== 'failed';

  useEffect(() => {
    if (chosen && chosen.id !== format) setFormat(chosen.id);
  }, [chosen, format]);

  async function start(event?: FormEvent) {
    event?.preventDefault();
    if (!chosen || !fileName || running) return;
    const jobId = crypto.randomUUID();
    job.current = jobId;
    lastFormat = chosen.id;
    setProblem(null);
    setStage('collecting');
    setRecords(null);
    const onStage = (s: ExportStage, r: ExportRecords) => {
      if (job.current !== jobId) return;
      setStage(s);
      setRecords(r);
    };
    try {
      const result = await runExport(client, { scope: choice.scope, profile, format: chosen.id as ExportFormatId }, fileName, jobId, onStage);
      if (job.current !== jobId) return;
      if (!result) {
        setStage(null);
        return;
      }
      notify({ tone: 'success', title: `Exported ${fileName}.`, detail: result.saved === fileName ? 'Your browser saves it with your downloads.' : `Saved as ${result.saved}.` });
      closeExportDialog();
    } catch (failure) {
      if (job.current !== jobId) return;
      setStage('failed');
      setProblem(`Nothing was exported: ${errorMessage(failure)}`);
    }
  }

  function cancel() {
    const jobId = job.current;
    if (!running || !jobId) return closeExportDialog();
    job.current = null;
    setStage('cancelled');
    void client.call('export.cancel', { jobId }).catch(() => undefined);
  }

  return (
    <ModalDialog open labelledBy="export-title" describedBy="export-withheld" className="dialog-export" lockEscape={running} onClose={cancel}>
      <form className="dialog-form" onSubmit={start} noValidate aria-busy={running}>
        <DialogHeader titleId="export-title" title="Export" subtitle={preview ? <span dir="auto">{preview.title}</span> : 'Reading what is in scope…'} />
        <fieldset className="export-fields" disabled={running}>
          <SelectField id="export-scope" label="What to export" value={scopeId} onValue={setScopeId}>
            {request.choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </SelectField>
          <SelectField id="export-format" label="Format" value={chosen?.id ?? format} onValue={setFormat}>
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </SelectField>
          <fieldset className="export-profiles">
            <legend className="field-label">Profile</legend>
            {PROFILES.map((p) => (
              <label key={p.id} className="export-profile">
                <input type="radio" name="export-profile" value={p.id} checked={profile === p.id} onChange={() => setProfile(p.id)} aria-describedby={`export-profile-${p.id}`} />
                <span className="export-profile-name">{p.label}</span>
                <span id={`export-profile-${p.id}`} className="export-profile-hint">
                  {p.hint}
                </span>
              </label>
            ))}
          </fieldset>
        </fieldset>
        <ExportWithheld id="export-withheld" preview={preview} profile={profile} loading={loading} error={error} />
        <p className="export-file">
          <span className="field-label">File name</span>{' '}
          <output className="export-file-name" htmlFor="export-scope export-format" data-testid="export-file-name">
            {fileName ?? '…'}
          </output>
        </p>
        {stage && (
          <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
            <progress max={STAGE_STEPS} value={stageStep(stage)} aria-label="Export progress" />
            <span>{stage === 'cancelled' ? 'Cancelled: nothing was saved.' : progressWords(stage, records)}</span>
          </div>
        )}
        <ProblemAlert problem={problem} />
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={cancel}>
            {running ? 'Cancel export' : 'Close'}
          </button>
          <SaveCaseFileButton scope={choice.scope} profile={profile} exportFileName={preview?.fileName ?? null} disabled={running || loading} onSaved={closeExportDialog} />
          <button type="submit" className="btn btn-primary" disabled={running || !fileName || loading}>
            {running ? 'Exporting…' : 'Export'}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
