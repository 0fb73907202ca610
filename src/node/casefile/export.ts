import { AppError } from '../../shared/api/errors';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION } from '../../shared/schemas/casefile';
import type { ExportProfile, ExportScope } from '../../shared/schemas/export';
import type { ServiceContext } from '../services/context';
import { writeFileAtomic } from '../export/atomic-write';
import { fileStemOf } from '../export/dataset';
import { assertWritablePath } from '../export/run';
import { sha256Hex, writeBagZip } from './bagit';
import { buildCaseFile } from './case-json';
import { payloadOf } from './payload';

export interface CaseFileRequest {
  scope: ExportScope;
  profile: ExportProfile;
  /** bag-info.txt Source-Organization, when given. */
  organization?: string;
  /** Fixed in tests and benches. */
  now?: string;
}

/** "coastal-killings.team.fieldnotes.zip": the bag's base folder is the name without ".zip". */
export const caseFileName = (stem: string, profile: ExportProfile) => `${stem}.${profile}.fieldnotes.zip`;

/** The case file of a scope under a profile, in memory. */
export async function renderCaseFile(ctx: ServiceContext, input: CaseFileRequest) {
  const { caseFile, dataset } = buildCaseFile(ctx, input.scope, input.profile, { now: input.now });
  const fileName = caseFileName(fileStemOf(dataset.title), input.profile);
  const payload = await payloadOf(ctx, caseFile, dataset);
  const bytes = writeBagZip({
    base: fileName.replace(/\.zip$/, ''),
    payload,
    mtime: new Date(caseFile.exportedAt),
    info: [
      ['Bagging-Date', caseFile.exportedAt.slice(0, 10)],
      ['External-Description', `Fieldnotes case file: ${dataset.title}. ${dataset.profileNotice}`],
      ['Source-Organization', input.organization?.trim()],
      ['Fieldnotes-Version', CASE_FILE_VERSION],
      ['Fieldnotes-Format', CASE_FILE_FORMAT],
      ['Fieldnotes-Profile', input.profile],
      ['Fieldnotes-Exporter', caseFile.exporter],
    ],
  });
  return { fileName, bytes, sha256: sha256Hex(bytes), withheld: dataset.withheld, files: Object.keys(payload).length };
}

/** The bytes for a download (browser mode). */
export async function renderCaseFileBase64(ctx: ServiceContext, input: CaseFileRequest) {
  const { bytes, ...rest } = await renderCaseFile(ctx, input);
  return { ...rest, bytes: bytes.length, mediaType: 'application/zip', dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/** Writes the case file to an absolute path, atomically: a failed export leaves no file. */
export async function runCaseFileExport(ctx: ServiceContext, input: CaseFileRequest & { path: string }) {
  assertWritablePath(input.path);
  const { bytes, ...rest } = await renderCaseFile(ctx, input);
  try {
    writeFileAtomic(input.path, bytes);
  } catch (error) {
    throw new AppError('invalid_input', `The case file could not be written to ${input.path}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}. Nothing was written.`);
  }
  return { ...rest, path: input.path, bytes: bytes.length };
}
