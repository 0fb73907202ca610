import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { exportFileName, type ExportProfile, type ExportScope } from '../../shared/schemas/export';
import type { ServiceContext } from '../services/context';
import { buildExportDataset } from './dataset';
import { exportFormats, formatById } from './formats';
import { ExportJob } from './jobs';

export interface ExportRequest {
  scope: ExportScope;
  profile: ExportProfile;
  format: string;
  jobId?: string;
}

/** What the export dialog shows before exporting: counts of what the profile keeps back, and each format's file name. */
export function previewExport(ctx: ServiceContext, scope: ExportScope, profile: ExportProfile) {
  const d = buildExportDataset(ctx, scope, profile, { readIdentities: false });
  return {
    title: d.title,
    profile: d.profile,
    profileNotice: d.profileNotice,
    withheld: d.withheld,
    counts: { articles: d.articles.length, segments: d.segments.length, figures: d.figures.length, quotes: d.quotes.length, accounts: d.accounts.length, memos: d.memos.length },
    formats: exportFormats.map((f) => ({ id: f.id, label: f.label, extension: f.extension, fileName: exportFileName(d.fileStem, profile, f.extension) })),
  };
}

/** Renders one export in memory, stage by stage; a cancelled job stops at its next stage. */
export async function renderExport(ctx: ServiceContext, request: ExportRequest, job = new ExportJob(request.jobId)) {
  try {
    const format = formatById(request.format);
    job.step('collecting');
    const dataset = buildExportDataset(ctx, request.scope, request.profile);
    job.step('rendering');
    const bytes = await format.render(dataset);
    job.step('writing');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { fileName: exportFileName(dataset.fileStem, request.profile, format.extension), mediaType: format.mediaType, bytes, sha256, job };
  } catch (error) {
    job.finish('failed');
    throw error;
  }
}

export async function exportToBytes(ctx: ServiceContext, request: ExportRequest) {
  const { job, bytes, ...file } = await renderExport(ctx, request);
  job.finish('done');
  return { ...file, byteSize: bytes.byteLength, base64: Buffer.from(bytes).toString('base64') };
}

/** Writes an export to a chosen path: a temporary name beside it first, renamed at the end, so a cancelled or failed export leaves nothing. */
export async function exportToPath(ctx: ServiceContext, request: ExportRequest & { path: string }) {
  const { path } = request;
  if (!isAbsolute(path)) throw new AppError('invalid_input', 'Choose where to save the export: the path must be absolute.');
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory()) throw new AppError('invalid_input', `The folder ${dirname(path)} does not exist.`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new AppError('invalid_input', `${path} is a folder; choose a file name.`);
  const { job, bytes, sha256, fileName } = await renderExport(ctx, request);
  const partial = join(dirname(path), `.${basename(path, extname(path))}.${process.pid}.partial`);
  try {
    writeFileSync(partial, bytes, { flag: 'wx' });
    job.step('writing');
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    job.finish('failed');
    throw error instanceof AppError ? error : new AppError('invalid_input', `The export could not be written to ${path}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}.`);
  }
  job.finish('done');
  return { path, fileName, byteSize: bytes.byteLength, sha256 };
}
