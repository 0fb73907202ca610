import type { MethodInput } from '../../../src/shared/api/contract';
import type { Client } from '../../api/client';
import { downloadBlob } from '../../lib/download';

export type ExportStage = 'collecting' | 'rendering' | 'writing' | 'done' | 'cancelled' | 'failed';

export const STAGE_WORDS: Record<ExportStage, string> = {
  collecting: 'Collecting the records…',
  rendering: 'Writing the document…',
  writing: 'Saving the file…',
  done: 'Done.',
  cancelled: 'Cancelled.',
  failed: 'Failed.',
};

const STAGE_STEP: Record<ExportStage, number> = { collecting: 1, rendering: 2, writing: 3, done: 4, cancelled: 0, failed: 0 };
export const stageStep = (stage: ExportStage) => STAGE_STEP[stage];
export const STAGE_STEPS = 4;

/** Saves bytes made by the core (base64) as a download. */
export function downloadBytes(fileName: string, mediaType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mediaType }));
}

type Request = Omit<MethodInput<'export.render'>, 'jobId'>;

/** The desktop app's save dialog (the Electron shell's one hook for exports); absent in browser mode. */
const chooseSavePath = () => window.fieldnotes?.chooseSavePath;

/**
 * Runs one export as a job the dialog can follow and cancel: the desktop app asks where to save and
 * has the core write the file there (temporary name, renamed at the end); browser mode downloads
 * the bytes. A cancelled job writes and downloads nothing.
 */
export type ExportRecords = { total: number; rendered: number } | null;

/** What the progress line says: the stage, and while rendering how many records are done. */
export const progressWords = (stage: ExportStage, records: ExportRecords): string =>
  stage === 'rendering' && records && records.total > 0 ? `${STAGE_WORDS.rendering} ${records.rendered} of ${records.total} records` : STAGE_WORDS[stage];

export async function runExport(client: Client, request: Request, fileName: string, jobId: string, onStage: (stage: ExportStage, records: ExportRecords) => void): Promise<{ saved: string } | null> {
  const poll = setInterval(() => {
    client
      .call('export.progress', { jobId })
      .then((p) => p.stage && onStage(p.stage, p.records))
      .catch(() => undefined);
  }, 150);
  try {
    const choose = chooseSavePath();
    if (choose) {
      const path = await choose(fileName);
      if (!path) return null;
      const saved = await client.call('export.run', { ...request, path, jobId });
      return { saved: saved.path };
    }
    const file = await client.call('export.render', { ...request, jobId });
    downloadBytes(file.fileName, file.mediaType, file.dataBase64);
    return { saved: file.fileName };
  } finally {
    clearInterval(poll);
  }
}
