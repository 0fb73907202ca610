import { AppError } from '../../shared/api/errors';
import type { ExportStage } from '../../shared/api/methods/export';

/** Exports in flight, by the id their caller chose: their stage, and whether Cancel was pressed. */
const jobs = new Map<string, { stage: ExportStage; cancelled: boolean }>();
const FINISHED_KEPT = 200;

export class ExportJob {
  constructor(private readonly id: string | undefined) {
    if (id) {
      if (jobs.has(id) && !jobs.get(id)!.cancelled) throw new AppError('conflict', 'An export with this id is already running.');
      // A Cancel that arrived before the export started still counts.
      jobs.set(id, { stage: 'collecting', cancelled: jobs.get(id)?.cancelled ?? false });
    }
  }

  /** Moves on to the next stage, or stops here when the export was cancelled. */
  step(stage: ExportStage): void {
    const job = this.id ? jobs.get(this.id) : undefined;
    if (!job) return;
    if (job.cancelled) {
      job.stage = 'cancelled';
      throw new AppError('conflict', 'The export was cancelled; nothing was written.');
    }
    job.stage = stage;
  }

  finish(stage: 'done' | 'failed'): void {
    const job = this.id ? jobs.get(this.id) : undefined;
    if (job && job.stage !== 'cancelled') job.stage = stage;
    // Keep the newest finished jobs for a late progress call; forget the oldest.
    if (jobs.size > FINISHED_KEPT) jobs.delete(jobs.keys().next().value!);
  }
}

export const exportProgress = (id: string) => ({ stage: jobs.get(id)?.stage ?? null });

/** Marks an export as cancelled; one that has not started yet is refused when it starts. */
export function cancelExport(id: string): { cancelled: boolean } {
  const job = jobs.get(id);
  if (job && (job.stage === 'done' || job.stage === 'failed')) return { cancelled: false };
  jobs.set(id, { stage: job?.stage ?? 'cancelled', cancelled: true });
  return { cancelled: true };
}
