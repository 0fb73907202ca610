import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { exportFileName, type ExportProfile, type ExportScope } from '../../shared/schemas/export';
import type { ServiceContext } from '../services/context';
import { writeFileAtomic } from './atomic-write';
import { buildExportDataset } from './dataset';
import { exportFormats, formatById, type ExportFormat } from './formats';
import { hasPdfPrinter, setPdfPrinter } from './formats/pdf';
import { ExportJob } from './jobs';
import { chromiumPdfPrinter } from './pdf-chromium';

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

/** Renders with the format, printing PDFs with a Chromium started for this export when nothing else prints them. */
async function renderWith(format: ExportFormat, dataset: Parameters<ExportFormat['render']>[0]): Promise<Uint8Array> {
  if (format.id !== 'pdf' || hasPdfPrinter()) return format.render(dataset);
  const chromium = await chromiumPdfPrinter();
  setPdfPrinter(chromium.print);
  try {
    return await format.render(dataset);
  } finally {
    setPdfPrinter(null);
    await chromium.close();
  }
}

/** Renders one export in memory, stage by stage; a cancelled job stops at its next stage. */
export async function renderExport(ctx: ServiceContext, input: ExportRequest, job = new ExportJob(input.jobId)) {
  try {
    const format = formatById(input.format);
    job.step('collecting');
    const dataset = buildExportDataset(ctx, input.scope, input.profile);
    job.step('rendering');
    const bytes = await renderWith(format, dataset);
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

/** Writes an export to a chosen path under a temporary name, flushed and renamed at the end: a cancelled or failed export leaves nothing. */
export async function runExport(ctx: ServiceContext, input: ExportRequest & { path: string }) {
  assertWritablePath(input.path);
  const { job, bytes, ...rendered } = await renderExport(ctx, input);
  try {
    writeFileAtomic(input.path, bytes);
  } catch (error) {
    job.finish('failed');
    throw new AppError('invalid_input', `The export could not be written to ${input.path}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}. Nothing was written.`);
  }
  job.finish('done');
  return { path: input.path, fileName: rendered.fileName, mediaType: rendered.mediaType, bytes: bytes.length, sha256: sha256Of(bytes), withheld: rendered.withheld };
}

/** Writes bytes that must hash to `sha256`, and checks the file on disk against it once written. */
export function writeVerified(path: string, bytes: Uint8Array, sha256: string): void {
  if (sha256Of(bytes) !== sha256) throw new AppError('damaged_database', 'The stored original does not match its SHA-256; it was not written. Run "fieldnotes check" and restore a backup.');
  writeFileAtomic(path, bytes);
  if (sha256Of(readFileSync(path)) !== sha256) throw new AppError('internal', `${path} was written but does not read back as the original (SHA-256 differs). Check the disk.`);
}
