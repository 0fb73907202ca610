import type { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import type { ImportKind } from '../../shared/schemas/article';
import type { ExtractedDocument } from '../interop/document';
import { startWorker } from '../threads/start-worker';
import { ParseReply } from './messages';
import { parseLimitsFromEnv, type ParseLimits } from './parse-limits';

export interface ParsedFile {
  kind: ImportKind;
  mediaType: string;
  doc: ExtractedDocument;
}

interface Job {
  jobId: string | undefined;
  fileName: string;
  bytes: Uint8Array;
  resolve(parsed: ParsedFile): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** A worker nobody needs for this long is stopped (the next import starts a new one). */
const IDLE_MS = 30_000;
/** How many files are parsed at once; more wait in the queue. */
const POOL_SIZE = 2;

function startParseWorker(limits: ParseLimits): Worker {
  return startWorker('parse-worker', new URL(['.', 'parse-worker.ts'].join('/'), import.meta.url), { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 });
}

const cancelled = (job: Job) => new AppError('cancelled', `The import of ${job.fileName} was cancelled; nothing was imported.`);
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Parses imported files in worker threads with a memory limit and a time limit, so a slow or
 * hostile file never blocks the core's thread (the desktop app's main process) and a runaway
 * one can be stopped. A worker that crashes, runs out of memory or is cancelled is terminated
 * and replaced; the host process is never affected.
 */
export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly running = new Map<string, Job>();

  constructor(private limits: ParseLimits = parseLimitsFromEnv()) {}

  /** Changes the limits for workers started from now on (tests shorten them). */
  configure(limits: Partial<ParseLimits>): void {
    this.limits = { ...this.limits, ...limits };
    for (const slot of this.slots) if (!slot.job) this.retire(slot);
  }

  parse(fileName: string, bytes: Uint8Array, jobId?: string): Promise<ParsedFile> {
    if (jobId !== undefined && this.running.has(jobId)) {
      return Promise.reject(new AppError('conflict', `An import with job id ${jobId} is already running.`));
    }
    return new Promise<ParsedFile>((resolve, reject) => {
      const job: Job = { jobId, fileName, bytes, resolve, reject };
      if (jobId !== undefined) this.running.set(jobId, job);
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Stops a queued or running import; false when there is none with that id (it may have just finished). */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = [...this.slots].find((s) => s.job === job);
    if (slot) this.retire(slot);
    this.settle(job, cancelled(job));
    this.dispatch();
    return true;
  }

  /** Stops every worker; queued and running imports are cancelled. */
  async close(): Promise<void> {
    const jobs = [...this.queue.splice(0), ...[...this.slots].flatMap((slot) => (slot.job ? [slot.job] : []))];
    const stopped = Promise.all([...this.slots].map((slot) => this.retire(slot)));
    for (const job of jobs) this.settle(job, cancelled(job));
    await stopped;
  }

  private settle(job: Job, outcome: ParsedFile | Error): void {
    if (job.jobId !== undefined && this.running.get(job.jobId) !== job) return;
    if (job.jobId !== undefined) this.running.delete(job.jobId);
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
  }

  private dispatch(): void {
    while (this.queue.length) {
      const idle = [...this.slots].find((s) => s.ready && !s.job);
      if (idle) {
        this.run(idle, this.queue.shift()!);
        continue;
      }
      if (this.slots.size >= POOL_SIZE || [...this.slots].some((s) => !s.ready)) return;
      this.spawn();
    }
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = startParseWorker(this.limits);
    } catch (error) {
      for (const waiting of this.queue.splice(0)) this.settle(waiting, new Error(`Fieldnotes could not start its file reader (${(error as Error).message}).`));
      return;
    }
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    this.slots.add(slot);
    // A worker that cannot start within the time limit is treated like one that failed to start.
    slot.timer = setTimeout(() => this.fail(slot, new Error('the file reader did not start in time')), this.limits.timeLimitMs + 30_000);
    worker.on('message', (message: unknown) => this.receive(slot, message));
    worker.on('error', (error: Error & { code?: string }) => this.fail(slot, error));
    worker.on('exit', () => this.fail(slot, new Error('the file reader stopped unexpectedly')));
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.retire(slot);
      this.settle(
        job,
        new AppError('too_large', `${job.fileName} took longer than ${seconds(this.limits.timeLimitMs)} to read and was stopped; nothing was imported.`),
      );
      this.dispatch();
    }, this.limits.timeLimitMs);
    slot.worker.postMessage({ fileName: job.fileName, bytes: job.bytes });
  }

  private receive(slot: Slot, message: unknown): void {
    const reply = ParseReply.safeParse(message);
    if (!reply.success) return this.fail(slot, new Error('the file reader answered something Fieldnotes does not understand'));
    const value = reply.data;
    if (value.type === 'ready') {
      slot.ready = true;
      this.idle(slot);
      return this.dispatch();
    }
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    this.idle(slot);
    if (value.type === 'parsed') this.settle(job, { kind: value.kind, mediaType: value.mediaType, doc: value.doc });
    else if (value.type === 'refused') this.settle(job, new AppError(value.code, value.message));
    else this.settle(job, new Error(value.message));
    this.dispatch();
  }

  /** No job: let the process exit without waiting for this worker, and stop it after a while. */
  private idle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.unref();
    slot.timer = setTimeout(() => this.retire(slot), IDLE_MS);
    slot.timer.unref();
  }

  /** The worker crashed, ran out of memory, exited or failed to start. */
  private fail(slot: Slot, error: Error & { code?: string }): void {
    if (!this.slots.has(slot)) return;
    this.retire(slot);
    const job = slot.job;
    if (job) {
      const limit = this.limits.maxOldGenerationSizeMb;
      this.settle(
        job,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('too_large', `${job.fileName} needs more memory than Fieldnotes allows for one file (${limit} MB) and was stopped; nothing was imported. Split it or save a smaller copy, then import that.`)
          : new AppError('invalid_input', `${job.fileName} could not be read (${error.message}); nothing was imported.`),
      );
    } else if (!slot.ready) {
      // Nothing can be parsed if workers cannot start: refuse what waits instead of retrying forever.
      for (const waiting of this.queue.splice(0)) this.settle(waiting, new Error(`Fieldnotes could not start its file reader (${error.message}).`));
    }
    this.dispatch();
  }

  private retire(slot: Slot): Promise<number> {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    return slot.worker.terminate();
  }
}

/** The pool of this process: every workspace and host (desktop, browser mode, CLI) parses through it. */
export const parsePool = new ParsePool();
