import type { exportMethods } from '../../../shared/api/methods/export';
import { cancelExport, exportProgress } from '../../export/jobs';
import { listFormats, previewExport, renderToBase64, runExport } from '../../export/run';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'export.formats': () => listFormats(),
  'export.preview': (input, ws) => previewExport(ws.ctx, input),
  'export.render': (input, ws) => renderToBase64(ws.ctx, input),
  'export.run': (input, ws) => runExport(ws.ctx, input),
  'export.progress': (input) => exportProgress(input.jobId),
  'export.cancel': (input) => cancelExport(input.jobId),
};
