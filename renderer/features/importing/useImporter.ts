import { useCallback, useRef, useState } from 'react';
import type { ImportResult } from '../../../src/shared/schemas/article';
import { useClient } from '../../api/ClientContext';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { fileToBase64 } from './bytesToBase64';
import { summarizeOutcomes, type ImportOutcome } from './importReport';
import { refuseBeforeReading } from './importRules';
import { useInTrashNotice } from './useInTrashNotice';

export interface ImportProgress {
  /** 1-based number of the file being imported. */
  current: number;
  total: number;
  fileName: string;
  cancelling: boolean;
}

/** The core refused the file because this window cancelled it (articles.cancelImport). */
const wasCancelled = (error: unknown) => error instanceof ApiError && error.code === 'cancelled';

/**
 * Imports files one after another through articles.importFile, with progress and a Cancel that
 * stops the file being read (articles.cancelImport with the jobId chosen here) and the ones after
 * it. Calls onImported with the article to select when done. An import of several files ends with
 * one notice (per-file notices would crowd each other out) whose "Show every file" opens the report
 * of every file's outcome and reason.
 */
export function useImporter(onImported: (articleId: string) => void) {
  const client = useClient();
  const { notify } = useNotices();
  const notifyInTrash = useInTrashNotice(onImported);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportOutcome[] | null>(null);
  const cancelRequested = useRef(false);
  const running = useRef(false);
  const jobId = useRef<string | null>(null);

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
    const current = jobId.current;
    if (current) {
      client.call('articles.cancelImport', { jobId: current }).catch((error: unknown) => {
        notify({ tone: 'error', title: 'The import could not be cancelled.', detail: errorMessage(error) });
      });
    }
  }, [client, notify]);

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      if (running.current) {
        notify({ tone: 'warning', title: 'An import is already running.', detail: 'Wait for it to finish, or cancel it, then import these files again.' });
        return;
      }
      running.current = true;
      cancelRequested.current = false;
      const results: ImportResult[] = [];
      let failed = 0;
      let inTrash = 0;
      const outcomes: ImportOutcome[] = [];
      const many = files.length > 1;
      /** A file's outcome goes to the report; with one file, its notice says it at once. */
      const record = (outcome: ImportOutcome, notice: () => void) => {
        outcomes.push(outcome);
        if (!many) notice();
      };
      /** Files dealt with (imported, refused or found in the trash); the rest were cancelled. */
      let done = 0;
      try {
        for (const [index, file] of files.entries()) {
          if (cancelRequested.current) break;
          setProgress({ current: index + 1, total: files.length, fileName: file.name, cancelling: false });
          const refusal = refuseBeforeReading(file);
          if (refusal) {
            failed++;
            done++;
            record({ fileName: file.name, kind: 'refused', detail: refusal }, () => notify({ tone: 'error', title: `“${file.name}” was not imported.`, detail: refusal }));
            continue;
          }
          try {
            const dataBase64 = await fileToBase64(file);
            if (cancelRequested.current) break;
            jobId.current = crypto.randomUUID();
            const result = await client.call('articles.importFile', { fileName: file.name, dataBase64, jobId: jobId.current });
            done++;
            const title = result.article.title;
            if (result.inTrash) {
              inTrash++;
              record({ fileName: file.name, kind: 'in_trash', detail: `${title}: restore it from the trash` }, () => notifyInTrash(result));
            } else {
              results.push(result);
              if (result.duplicate) {
                record({ fileName: file.name, kind: 'duplicate', detail: title }, () =>
                  notify({ tone: 'info', title: `Already in the library as “${title}”.`, detail: `“${file.name}” has the same bytes, so nothing new was added. It is now selected.` }),
                );
              } else outcomes.push({ fileName: file.name, kind: 'imported', detail: title });
            }
          } catch (error) {
            if (wasCancelled(error)) break;
            failed++;
            done++;
            const reason = errorMessage(error);
            record({ fileName: file.name, kind: 'refused', detail: reason }, () => notify({ tone: 'error', title: `“${file.name}” was not imported.`, detail: reason }));
          } finally {
            jobId.current = null;
          }
        }
      } finally {
        running.current = false;
        jobId.current = null;
        setProgress(null);
      }
      const last = results.at(-1);
      if (last) onImported(last.article.id);
      const added = results.filter((r) => !r.duplicate);
      const skipped = files.length - done;
      for (const file of files.slice(done)) outcomes.push({ fileName: file.name, kind: 'cancelled', detail: 'Not read: the import was cancelled.' });
      const showReport = { label: 'Show every file', run: () => setReport(outcomes) };
      if (cancelRequested.current && skipped > 0) {
        const title = many ? `Import cancelled after ${done} of ${files.length} files.` : `The import of “${files[0].name}” was cancelled.`;
        const detail = many ? `${plural(skipped, 'file was', 'files were')} not imported. Import them again when you are ready.` : 'Nothing of it was imported.';
        notify({ tone: 'warning', title, detail, action: many ? showReport : undefined });
      } else if (added.length === 1 && !many) {
        notify({ tone: 'success', title: `Imported “${added[0].article.title}”.` });
      } else if (many) {
        const tone = failed > 0 || inTrash > 0 ? 'warning' : 'success';
        notify({ tone, title: `Import finished: ${summarizeOutcomes(outcomes)}.`, detail: failed > 0 ? 'The report says why each refused file was not imported.' : undefined, action: showReport });
      }
    },
    [client, notify, notifyInTrash, onImported],
  );

  return { progress, importFiles, cancel, report, closeReport: useCallback(() => setReport(null), []) };
}
