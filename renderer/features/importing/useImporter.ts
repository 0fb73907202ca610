import { useCallback, useRef, useState } from 'react';
import type { ImportResult } from '../../../src/shared/schemas/article';
import { useClient } from '../../api/ClientContext';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { fileToBase64 } from './bytesToBase64';
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
 * it. Calls onImported with the article to select when done.
 */
export function useImporter(onImported: (articleId: string) => void) {
  const client = useClient();
  const { notify } = useNotices();
  const notifyInTrash = useInTrashNotice(onImported);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
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
            notify({ tone: 'error', title: `“${file.name}” was not imported.`, detail: refusal });
            continue;
          }
          try {
            const dataBase64 = await fileToBase64(file);
            if (cancelRequested.current) break;
            jobId.current = crypto.randomUUID();
            const result = await client.call('articles.importFile', { fileName: file.name, dataBase64, jobId: jobId.current });
            done++;
            if (result.inTrash) {
              inTrash++;
              notifyInTrash(result);
            } else {
              results.push(result);
              if (result.duplicate) {
                notify({ tone: 'info', title: `Already in the library as “${result.article.title}”.`, detail: `“${file.name}” has the same bytes, so nothing new was added.${files.length === 1 ? ' It is now selected.' : ''}` });
              }
            }
          } catch (error) {
            if (wasCancelled(error)) break;
            failed++;
            done++;
            notify({ tone: 'error', title: `“${file.name}” was not imported.`, detail: errorMessage(error) });
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
      if (cancelRequested.current && skipped > 0) {
        const title = files.length === 1 ? `The import of “${files[0].name}” was cancelled.` : `Import cancelled after ${done} of ${files.length} files.`;
        const detail = files.length === 1 ? 'Nothing of it was imported.' : `${plural(skipped, 'file was', 'files were')} not imported. Import them again when you are ready.`;
        notify({ tone: 'warning', title, detail });
      }
      if (added.length === 1 && files.length === 1) {
        notify({ tone: 'success', title: `Imported “${added[0].article.title}”.` });
      } else if (files.length > 1) {
        const parts = [`${plural(added.length, 'new article')}`];
        if (results.length > added.length) parts.push(`${results.length - added.length} already in the library`);
        if (inTrash > 0) parts.push(`${inTrash} in the trash`);
        if (failed > 0) parts.push(`${failed} not imported`);
        notify({ tone: failed > 0 ? 'warning' : 'success', title: `Import finished: ${parts.join(', ')}.` });
      }
    },
    [client, notify, notifyInTrash, onImported],
  );

  return { progress, importFiles, cancel };
}
