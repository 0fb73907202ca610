import { z } from 'zod';
import { isTrustedPageUrl, PRODUCTION_POLICY, type SecurityPolicy } from './security';
import { trustedSenderUrl, type IpcMainLike, type WindowContentsLike } from './ipc';

/**
 * The shell's one hook for exports: the system's save dialog. The page asks with a suggested file
 * name ("coastal-killings.team.docx") and gets back the chosen absolute path, or null; the core then
 * writes the file there (export.run). Only our window's main frame may ask. The preload names the
 * same channel (it cannot import this module).
 */
export const SAVE_PATH_CHANNEL = 'fieldnotes:save-path';

const FileName = z.string().min(1).max(255).regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/);

export type ShowSaveDialog = (options: { defaultPath: string }) => Promise<{ canceled: boolean; filePath?: string }>;

/** Pure core: the chosen path, or null when the sender is not our page, the name is not a plain file name, or the user cancelled. */
export async function chooseSavePath(senderUrl: string | null | undefined, suggested: unknown, show: ShowSaveDialog, folder: string, policy: SecurityPolicy = PRODUCTION_POLICY): Promise<string | null> {
  if (!isTrustedPageUrl(senderUrl, policy)) return null;
  const name = FileName.safeParse(suggested);
  if (!name.success) return null;
  const result = await show({ defaultPath: `${folder.replace(/[/\\]$/, '')}/${name.data}` });
  return result.canceled || !result.filePath ? null : result.filePath;
}

export function registerSaveDialog(ipcMain: IpcMainLike, windowContents: () => WindowContentsLike | null | undefined, show: ShowSaveDialog, folder: () => string, policy: SecurityPolicy = PRODUCTION_POLICY): void {
  ipcMain.handle(SAVE_PATH_CHANNEL, async (event, ...args) => {
    try {
      return await chooseSavePath(trustedSenderUrl(event, windowContents()), args[0], show, folder(), policy);
    } catch {
      return null;
    }
  });
}
