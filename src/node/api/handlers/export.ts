import type { exportMethods } from '../../../shared/api/methods/export';
import { cancelExport, exportProgress } from '../../export/jobs';
import { exportToBytes, exportToPath, previewExport } from '../../export/run';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'export.preview': (input, ws) => previewExport(ws.ctx, input.scope, input.profile),
  'export.file': (input, ws) => exportToBytes(ws.ctx, input),
  'export.save': (input, ws) => exportToPath(ws.ctx, input),
  'export.progress': (input) => exportProgress(input.jobId),
  'export.cancel': (input) => cancelExport(input.jobId),
};
