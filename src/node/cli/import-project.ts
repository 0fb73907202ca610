import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/article';
import type { ProjectImportReport } from '../../shared/schemas/project-import';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';
import { onUserFile } from './files';

/** The report in sentences: what came in, then each problem on its own line. */
export function formatProjectReport(r: ProjectImportReport): string {
  const lines = [
    `Imported “${r.project}”: ${r.articles} sources as articles, ${r.highlights} codings placed, ${r.review + r.orphaned} in the review list, ${r.codesCreated} codes created and ${r.codesUpdated} updated, ${r.cases} cases, ${r.memos} memos (case ${r.caseId}).`,
  ];
  if (r.problems.length) lines.push('Problems:', ...r.problems.map((p) => `  - ${p}`));
  else lines.push('Nothing was left out.');
  return lines.join('\n');
}

/** `fieldnotes import-project FILE.qdpx [--json]`. */
export async function runImportProject(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.rest.length !== 1) throw new AppError('invalid_input', 'import-project needs exactly one FILE.qdpx');
  const file = args.rest[0];
  const info = await onUserFile(file, 'read', () => stat(file));
  if (!info.isFile()) throw new AppError('invalid_input', `${file} is not a file; import-project needs a .qdpx project file.`);
  if (info.size > MAX_IMPORT_BYTES) throw new AppError('too_large', `${file} is ${(info.size / 1048576).toFixed(1)} MB; the import limit is 50 MB. Nothing was imported.`);
  const bytes = await onUserFile(file, 'read', () => readFile(file));
  const report = await call(registry, 'projects.import', { fileName: basename(file), dataBase64: bytes.toString('base64') });
  io.out(args.json ? JSON.stringify(report) : formatProjectReport(report));
  return 0;
}
