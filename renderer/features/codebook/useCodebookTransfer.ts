import { useCallback, useState } from 'react';
import type { CodebookImportReport } from '../../../src/shared/schemas/code';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useMutate } from '../undo/useMutate';
import { downloadText } from '../../lib/download';

/** codes.import's limit on the file's text. */
const MAX_IMPORT_CHARS = 20_000_000;

export interface ImportOutcome {
  fileName: string;
  report: CodebookImportReport | null;
  error: string | null;
}

/** Export (.qdc, .json) as a download, and import from a chosen file with the server's report. */
export function useCodebookTransfer() {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const exportAs = useCallback(
    async (format: 'qdc' | 'json') => {
      setBusy('export');
      try {
        const file = await client.call('codes.export', { format });
        downloadText(file.fileName, file.mediaType, file.content);
        notify({ tone: 'success', title: `Exported the codebook as ${file.fileName}.`, detail: format === 'qdc' ? 'REFI-QDA codebook: ATLAS.ti, NVivo, MAXQDA and QualCoder read it.' : 'Fieldnotes JSON: keeps every field for another workspace.' });
      } catch (error) {
        notify({ tone: 'error', title: 'The codebook was not exported.', detail: `${errorMessage(error)} Nothing was saved; try again.` });
      } finally {
        setBusy(null);
      }
    },
    [client, notify],
  );

  const importFile = useCallback(
    async (file: File) => {
      setBusy('import');
      try {
        // A file over 4 bytes a character cannot fit; do not even read it.
        const content = file.size > MAX_IMPORT_CHARS * 4 ? '' : await file.text();
        if (file.size > MAX_IMPORT_CHARS * 4 || content.length > MAX_IMPORT_CHARS) {
          setOutcome({ fileName: file.name, report: null, error: 'The file is over 20 million characters, too large for a codebook. Nothing was imported.' });
          return;
        }
        const report = await mutate('codes.import', { fileName: file.name, content });
        setOutcome({ fileName: file.name, report, error: null });
      } catch (error) {
        setOutcome({ fileName: file.name, report: null, error: `${errorMessage(error)} Nothing was imported.` });
      } finally {
        setBusy(null);
      }
    },
    [mutate],
  );

  return { busy, outcome, exportAs, importFile, dismiss: useCallback(() => setOutcome(null), []) };
}
