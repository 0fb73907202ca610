import { strToU8, unzipSync } from 'fflate';
import { caseFileJsonSchema, type CaseFile } from '../../shared/schemas/casefile';
import type { ExportDataset } from '../../shared/schemas/export';
import type { ServiceContext } from '../services/context';
import { exportFormats, formatById } from '../export/formats';
import { originalOf } from '../export/originals';
import { exportCodebookQdc } from '../interop/codebook-qdc';

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

const KNOWN_EXTENSIONS: Record<string, string> = { 'text/plain': 'txt', 'text/markdown': 'md', 'text/html': 'html', 'application/pdf': 'pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx' };

/** "report.PDF" -> "pdf"; the media type's usual extension when the name has none. */
export function extensionOf(fileName: string | null, mediaType: string): string {
  const own = /\.([A-Za-z0-9]{1,10})$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return own ?? KNOWN_EXTENSIONS[mediaType.split(';')[0].trim()] ?? 'bin';
}

/** The originals the profile lets out, once each: data/originals/SHA256.EXT. */
function originals(ctx: ServiceContext, d: ExportDataset): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const a of d.articles) {
    if (!a.original.shareable) continue;
    const path = `data/originals/${a.original.sha256}.${extensionOf(a.original.fileName, a.original.mediaType)}`;
    if (!files[path]) files[path] = originalOf(ctx, a.id).bytes;
  }
  return files;
}

/** The codebook of the case file's codes, as REFI-QDA .qdc (none when no code is used). */
function codebook(d: ExportDataset): Record<string, Uint8Array> {
  if (!d.codes.length) return {};
  const codes = d.codes.map((c, i) => ({ id: c.id, parentId: c.parentId, name: c.name, color: c.color, description: c.description, shortcut: null, isCodable: true, sortOrder: i }));
  return { 'data/codebook.qdc': strToU8(exportCodebookQdc({ format: 'fieldnotes-codebook', version: 1, name: d.title, codes })) };
}

/** Every payload file of the bag, from the export pipeline's own renderers. */
export async function payloadOf(ctx: ServiceContext, caseFile: CaseFile, d: ExportDataset): Promise<Record<string, Uint8Array>> {
  const payload: Record<string, Uint8Array> = {
    'data/case.json': json(caseFile),
    'data/case.schema.json': json(caseFileJsonSchema()),
    'data/report.html': await formatById('html').render(d),
    'data/report.md': await formatById('md').render(d),
  };
  for (const [name, bytes] of Object.entries(unzipSync(await formatById('csv').render(d)))) payload[`data/tables/${name}`] = bytes;
  Object.assign(payload, codebook(d), originals(ctx, d));
  // REFI-QDA project, when the qdpx format is part of this build.
  const qdpx = exportFormats.find((f) => f.id === 'qdpx');
  if (qdpx) payload['data/project.qdpx'] = await qdpx.render(d);
  return payload;
}
