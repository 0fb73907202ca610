import { createHash } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
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

export const listFormats = () => ({ formats: exportFormats.map(({ id, label, extension, mediaType }) => ({ id, label, extension, mediaType })) });

/** What an export would hold and withhold, and its file name, without rendering it (identities are not read). */
export function previewExport(ctx: ServiceContext, input: { scope: ExportScope; profile: ExportProfile; format?: string }) {
  const d = buildExportDataset(ctx, input.scope, input.profile, { readIdentities: false });
  const format = input.format ? formatById(input.format) : null;
  return {
    title: d.title,
    fileName: exportFileName(d.fileStem, d.profile, format?.extension ?? 'md'),
    profileNotice: d.profileNotice,
    withheld: d.withheld,
    counts: { articles: d.articles.length, segments: d.segments.length, figures: d.figures.length, quotes: d.quotes.length, accounts: d.accounts.length, memos: d.memos.length, witnesses: d.witnesses.length },
  };
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Renders one export in memory, stage by stage; a cancelled job stops at its next stage. */
export async function renderExport(ctx: ServiceContext, input: ExportRequest, job = new ExportJob(input.jobId)) {
  try {
    const format = formatById(input.format);
    job.step('collecting');
    const dataset = buildExportDataset(ctx, input.scope, input.profile);
    job.step('rendering');
    const bytes = await format.render(dataset);
    job.step('writing');
    return { fileName: exportFileName(dataset.fileStem, dataset.profile, format.extension), mediaType: format.mediaType, bytes, withheld: dataset.withheld, job };
  } catch (error) {
    job.finish('failed');
    throw error;
  }
}

/** The bytes for a download (browser mode). */
export async function renderToBase64(ctx: ServiceContext, input: ExportRequest) {
  const { job, bytes, ...file } = await renderExport(ctx, input);
  job.finish('done');
  return { ...file, dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), sha256: sha256Of(bytes) };
}

/** A folder that exists, for a file path given by a caller. */
export function assertWritablePath(path: string): void {
  if (!isAbsolute(path)) throw new AppError('invalid_input', `The file path must be absolute (${path}).`, [{ path: 'path', message: 'must be an absolute path' }]);
  const folder = statSync(dirname(path), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw new AppError('not_found', `The folder ${dirname(path)} does not exist. Nothing was written.`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new AppError('invalid_input', `${path} is a folder; give a file name.`);
}

/** Writes an export to a chosen path: a temporary name beside it first, renamed at the end, so a cancelled or failed export leaves nothing. */
export async function runExport(ctx: ServiceContext, input: ExportRequest & { path: string }) {
  assertWritablePath(input.path);
  const { job, bytes, ...rendered } = await renderExport(ctx, input);
  const partial = join(dirname(input.path), `.${basename(input.path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, bytes, { flag: 'wx' });
    job.step('writing');
    renameSync(partial, input.path);
  } catch (error) {
    rmSync(partial, { force: true });
    job.finish('failed');
    throw error instanceof AppError ? error : new AppError('invalid_input', `The export could not be written to ${input.path}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}. Nothing was written.`);
  }
  job.finish('done');
  return { path: input.path, fileName: rendered.fileName, mediaType: rendered.mediaType, bytes: bytes.length, sha256: sha256Of(bytes), withheld: rendered.withheld };
}
