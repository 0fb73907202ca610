import type { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { startWorker } from '../threads/start-worker';
import type { ExportJob } from './jobs';
import { recordCount, RenderReply, type RenderRequest } from './render-messages';

export type Rendered = Extract<RenderReply, { type: 'html' | 'rendered' | 'written' }>;

/** One finished worker is kept warm for the next export, and stopped after this long unused. */
const IDLE_MS = 30_000;
let warm: { worker: Worker; timer: NodeJS.Timeout; stop: () => void } | null = null;

// Listeners are removed one by one: Worker.removeAllListeners() also drops Node's own, and the
// worker then never delivers another message.
function listen(worker: Worker, on: { message?: (m: unknown) => void; error: (e: Error & { code?: string }) => void; exit: () => void }): () => void {
  if (on.message) worker.on('message', on.message);
  worker.on('error', on.error);
  worker.on('exit', on.exit);
  return () => {
    if (on.message) worker.off('message', on.message);
    worker.off('error', on.error);
    worker.off('exit', on.exit);
  };
}

function take(): Worker {
  if (warm) {
    const { worker, timer, stop } = warm;
    warm = null;
    clearTimeout(timer);
    stop();
    worker.ref();
    return worker;
  }
  return startWorker('render-worker', new URL(['.', 'render-worker.ts'].join('/'), import.meta.url));
}

function keepWarm(worker: Worker): void {
  if (warm) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => stopWarm(worker), IDLE_MS);
  timer.unref();
  warm = { worker, timer, stop: listen(worker, { error: () => stopWarm(worker), exit: () => stopWarm(worker) }) };
}

function stopWarm(worker: Worker): void {
  if (warm?.worker !== worker) return;
  clearTimeout(warm.timer);
  warm = null;
  void worker.terminate();
}

/**
 * Renders (and, given a temporary path, writes) an export in a worker thread, so the core's
 * thread (the desktop app's main process, the HTTP host) keeps answering while it runs. Cancel
 * terminates the worker mid-render; what it may have begun writing is the caller's temporary
 * file, which the caller removes.
 */
export function renderInWorker(job: ExportJob, request: RenderRequest): Promise<Rendered> {
  const total = recordCount(request.dataset);
  job.records(total, 0);
  return new Promise<Rendered>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = take();
    } catch (error) {
      reject(new AppError('internal', `Fieldnotes could not start its export renderer (${(error as Error).message}). Nothing was written.`));
      return;
    }
    let settled = false;
    let unlisten = () => {};
    const settle = (outcome: Rendered | Error, reusable: boolean) => {
      if (settled) return;
      settled = true;
      job.onCancel(null);
      unlisten();
      if (reusable) keepWarm(worker);
      else {
        worker.on('error', () => {});
        void worker.terminate();
      }
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    job.onCancel((error) => settle(error, false));
    const message = (data: unknown) => {
      const reply = RenderReply.safeParse(data);
      if (!reply.success) return settle(new AppError('internal', 'The export renderer answered something Fieldnotes does not understand. Nothing was written.'), false);
      const value = reply.data;
      if (value.type === 'progress') {
        if (value.rendered !== undefined) job.records(total, value.rendered);
        try {
          if (value.stage) job.step(value.stage);
        } catch (error) {
          settle(error as Error, false);
        }
      } else if (value.type === 'refused') settle(new AppError(value.code, value.message), true);
      else if (value.type === 'crashed') settle(new AppError('internal', `The export could not be made (${value.message}). Nothing was written.`), false);
      else settle(value, true);
    };
    const error = (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('too_large', 'The export needs more memory than this computer gives it; nothing was written. Export a smaller scope (one case, a few articles).')
          : new AppError('internal', `The export could not be made (${error.message}). Nothing was written.`),
        false,
      );
    const exit = () => settle(new AppError('internal', 'The export renderer stopped unexpectedly. Nothing was written.'), false);
    unlisten = listen(worker, { message, error, exit });
    worker.postMessage(request);
  });
}
