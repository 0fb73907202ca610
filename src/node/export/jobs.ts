import { AppError } from '../../shared/api/errors';
import type { ExportStage } from '../../shared/api/methods/export';

interface JobState {
  stage: ExportStage;
  cancelled: boolean;
  /** Records in the export and how many the format has rendered so far (when it can say). */
  records: { total: number; rendered: number } | null;
  /** Stops the work in flight at once (the render worker), called by Cancel. */
  stop: (() => void) | null;
}

/** Exports in flight, by the id their caller chose: their stage, and whether Cancel was pressed. */
const jobs = new Map<string, JobState>();
const FINISHED_KEPT = 200;

const cancelledError = () => new AppError('cancelled', 'The export was cancelled; nothing was written.');

export class ExportJob {
  private readonly state: JobState | undefined;

  constructor(id: string | undefined) {
    if (id) {
      const earlier = jobs.get(id);
      if (earlier && !earlier.cancelled) throw new AppError('conflict', 'An export with this id is already running.');
      // A Cancel that arrived before the export started still counts.
      this.state = { stage: 'collecting', cancelled: earlier?.cancelled ?? false, records: null, stop: null };
      jobs.set(id, this.state);
    }
  }

  /** Moves on to the next stage, or stops here when the export was cancelled. */
  step(stage: ExportStage): void {
    this.throwIfCancelled();
    if (this.state) this.state.stage = stage;
  }

  throwIfCancelled(): void {
    if (!this.state?.cancelled) return;
    this.state.stage = 'cancelled';
    throw cancelledError();
  }

  records(total: number, rendered: number): void {
    if (this.state) this.state.records = { total, rendered: Math.min(rendered, total) };
  }

  /** What Cancel calls to stop the work in flight; null when nothing runs that could be stopped. */
  onCancel(stop: ((error: AppError) => void) | null): void {
    if (this.state) this.state.stop = stop && (() => stop(cancelledError()));
  }

  finish(stage: 'done' | 'failed'): void {
    const job = this.state;
    if (job) {
      job.stop = null;
      if (job.stage !== 'cancelled') job.stage = job.cancelled ? 'cancelled' : stage;
      if (job.stage === 'done' && job.records) job.records.rendered = job.records.total;
    }
    // Keep the newest finished jobs for a late progress call; forget the oldest.
    if (jobs.size > FINISHED_KEPT) jobs.delete(jobs.keys().next().value!);
  }
}

export const exportProgress = (id: string) => ({ stage: jobs.get(id)?.stage ?? null, records: jobs.get(id)?.records ?? null });

/** Marks an export as cancelled and stops what it is doing; one that has not started yet is refused when it starts. */
export function cancelExport(id: string): { cancelled: boolean } {
  const job = jobs.get(id);
  if (job && (job.stage === 'done' || job.stage === 'failed')) return { cancelled: false };
  if (!job) {
    jobs.set(id, { stage: 'cancelled', cancelled: true, records: null, stop: null });
    return { cancelled: true };
  }
  job.cancelled = true;
  job.stage = 'cancelled';
  job.stop?.();
  return { cancelled: true };
}
