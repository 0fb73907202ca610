// Entry of an export render worker (node:worker_threads): renders one export's data set at a time
// and writes it under the temporary name the host gave, so the core's thread stays free while a
// large DOCX, XLSX or PDF is made. It never touches the database: it gets the data set, already
// redacted by the profile, and nothing else.
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { sha256Of, writeFlushed } from './atomic-write';
import { formatById } from './formats';
import { renderHtml } from './formats/html';
import type { RenderReply, RenderRequest } from './render-messages';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread');

const PROGRESS_EVERY_MS = 100;

async function render({ format: id, dataset, partialPath }: RenderRequest): Promise<RenderReply> {
  try {
    const format = formatById(id);
    // PDF is printed by the host's engine (Chromium or Electron), which runs outside this thread.
    if (format.id === 'pdf') return { type: 'html', html: renderHtml(dataset) };
    let last = 0;
    const bytes = await format.render(dataset, (rendered) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      port!.postMessage({ type: 'progress', rendered } satisfies RenderReply);
    });
    if (!partialPath) return { type: 'rendered', bytes };
    port!.postMessage({ type: 'progress', stage: 'writing' } satisfies RenderReply);
    try {
      writeFlushed(partialPath, bytes);
    } catch (error) {
      return { type: 'refused', code: 'invalid_input', message: `The export could not be written to ${dirname(partialPath)}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}. Nothing was written.` };
    }
    return { type: 'written', size: bytes.length, sha256: sha256Of(bytes) };
  } catch (error) {
    if (error instanceof AppError) return { type: 'refused', code: error.code, message: error.message };
    return { type: 'crashed', message: error instanceof Error ? error.message : String(error) };
  }
}

port.on('message', (request: RenderRequest) => {
  void render(request).then((reply) => port.postMessage(reply));
});
