import { useState } from 'react';
import type { ExportProfile, ExportScope } from '../../../src/shared/schemas/export';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { caseFileNameFrom, saveCaseFile } from './saveCaseFile';

/** The Export dialog's "Save as case file": the same scope and profile, as a verifiable BagIt bag. */
export function SaveCaseFileButton({ scope, profile, exportFileName, disabled, onSaved }: { scope: ExportScope; profile: ExportProfile; exportFileName: string | null; disabled: boolean; onSaved: () => void }) {
  const client = useClient();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  async function save() {
    if (!exportFileName) return;
    const fileName = caseFileNameFrom(exportFileName, profile);
    setBusy(true);
    try {
      const result = await saveCaseFile(client, scope, profile, fileName);
      if (!result) return;
      notify({ tone: 'success', title: `Saved the case file ${fileName}.`, detail: result.saved === fileName ? 'Your browser saves it with your downloads.' : `Saved as ${result.saved}.` });
      onSaved();
    } catch (failure) {
      notify({ tone: 'error', title: 'The case file was not saved.', detail: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="btn" onClick={() => void save()} disabled={disabled || busy || !exportFileName} data-testid="save-case-file" title="A zipped BagIt bag: case.json, originals, reports and SHA-256 manifests anyone can check">
      {busy ? 'Saving case file…' : 'Save as case file'}
    </button>
  );
}
