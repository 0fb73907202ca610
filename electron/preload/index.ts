import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/errors';

// Runs sandboxed: only `electron` may be required at runtime. The build inlines
// IPC_CHANNEL as a constant (electron.vite.config.ts) and fails if the bundle needs
// anything else. The page gets the API call, the save dialog for exports (its channel is
// SAVE_PATH_CHANNEL of electron/main/save-dialog.ts), and no access to ipcRenderer.
contextBridge.exposeInMainWorld(
  'fieldnotes',
  Object.freeze({
    call: (method: string, input: unknown): Promise<ApiResult<unknown>> =>
      ipcRenderer.invoke(IPC_CHANNEL, { method, input }),
    chooseSavePath: (defaultName: string): Promise<string | null> => ipcRenderer.invoke('fieldnotes:save-path', defaultName),
  }),
);
