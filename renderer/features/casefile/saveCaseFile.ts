import type { Client } from '../../api/client';
import type { ExportProfile, ExportScope } from '../../../src/shared/schemas/export';
import { downloadBytes } from '../export/runExport';

/** "coastal-killings.team.docx" -> "coastal-killings.team.fieldnotes.zip" (file stems hold no dots). */
export const caseFileNameFrom = (exportFileName: string, profile: ExportProfile) => `${exportFileName.split('.')[0]}.${profile}.fieldnotes.zip`;

/**
 * Saves a case file: the desktop app asks where and the core writes it there (atomically);
 * browser mode downloads the bytes. null when the save dialog was cancelled.
 */
export async function saveCaseFile(client: Client, scope: ExportScope, profile: ExportProfile, fileName: string): Promise<{ saved: string } | null> {
  const choose = window.fieldnotes?.chooseSavePath;
  if (choose) {
    const path = await choose(fileName);
    if (!path) return null;
    return { saved: (await client.call('casefile.export', { scope, profile, path })).path };
  }
  const file = await client.call('casefile.render', { scope, profile });
  downloadBytes(file.fileName, file.mediaType, file.dataBase64);
  return { saved: file.fileName };
}
