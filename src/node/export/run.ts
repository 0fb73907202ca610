import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { exportFileName, type ExportProfile, type ExportScope } from '../../shared/schemas/export';
import type { ServiceContext } from '../services/context';
import { partialPathFor, sha256Of, writeFileAtomic, writeFlushed } from './atomic-write';
import { buildExportDataset } from './dataset';
import { exportFormats, formatById } from './formats';
import { hasPdfPrinter, printWithInstalled } from './formats/pdf';
import { ExportJob } from './jobs';
import { chromiumPdfPrinter } from './pdf-chromium';
import { renderInWorker } from './render-thread';

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

/** Prints the HTML report with the printer the host installed (Electron in the desktop app), or a Chromium started for this export. */
async function printPdf(job: ExportJob, html: string): Promise<Uint8Array> {
  if (hasPdfPrinter()) return printWithInstalled(html);
  const chromium = await chromiumPdfPrinter();
  // Cancel closes the browser, which stops the print at once.
  job.onCancel(() => void chromium.close());
  try {
    return await chromium.print(html);
  } finally {
    job.onCancel(null);
    await chromium.close();
  }
}

/** A file system step of writing the export to `path`, its failure said in a sentence. */
function onDisk(path: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    throw new AppError('invalid_input', `The export could not be written to ${path}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}. Nothing was written.`);
  }
}

/**
 * Makes one export, stage by stage: the data set is collected on the core's thread (one read of the
 * database), then rendered, and written when `path` is given, in a worker thread (PDF: the worker
 * makes the HTML and the host's Chromium prints it). A cancelled job stops at once and leaves
 * nothing: the file is written under a temporary name that is removed, and renamed only at the end.
 */
async function makeExport(ctx: ServiceContext, input: ExportRequest, path: string | null) {
  const job = new ExportJob(input.jobId);
  const partialPath = path ? partialPathFor(path) : undefined;
  try {
    const format = formatById(input.format);
    job.step('collecting');
    const dataset = buildExportDataset(ctx, input.scope, input.profile);
    job.step('rendering');
    let rendered = await renderInWorker(job, { format: format.id, dataset, partialPath });
    if (rendered.type === 'html') {
      const bytes = await printPdf(job, rendered.html);
      job.step('writing');
      if (partialPath) onDisk(path!, () => writeFlushed(partialPath, bytes));
      rendered = partialPath ? { type: 'written', size: bytes.length, sha256: sha256Of(bytes) } : { type: 'rendered', bytes };
    }
    job.step('writing');
    if (path && partialPath) onDisk(path, () => renameSync(partialPath, path));
    job.finish('done');
    const file = { fileName: exportFileName(dataset.fileStem, dataset.profile, format.extension), mediaType: format.mediaType, withheld: dataset.withheld };
    return { ...file, rendered };
  } catch (error) {
    if (partialPath) rmSync(partialPath, { force: true });
    job.finish('failed');
    throw error;
  }
}

/** The bytes for a download (browser mode). */
export async function renderToBase64(ctx: ServiceContext, input: ExportRequest) {
  const { rendered, ...file } = await makeExport(ctx, input, null);
  if (rendered.type !== 'rendered') throw new AppError('internal', 'The export was not rendered.');
  const bytes = rendered.bytes;
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
  const { rendered, ...file } = await makeExport(ctx, input, input.path);
  if (rendered.type !== 'written') throw new AppError('internal', 'The export was not written.');
  return { path: input.path, ...file, bytes: rendered.size, sha256: rendered.sha256 };
}

/** Writes bytes that must hash to `sha256`, and checks the file on disk against it once written. */
export function writeVerified(path: string, bytes: Uint8Array, sha256: string): void {
  if (sha256Of(bytes) !== sha256) throw new AppError('damaged_database', 'The stored original does not match its SHA-256; it was not written. Run "fieldnotes check" and restore a backup.');
  writeFileAtomic(path, bytes);
  if (sha256Of(readFileSync(path)) !== sha256) throw new AppError('internal', `${path} was written but does not read back as the original (SHA-256 differs). Check the disk.`);
}
