import type { exportMethods } from '../../../shared/api/methods/export';
import type { HandlersFor } from './types';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
/** The export pipeline (formats, their libraries) is loaded on first use, not by every command or window that starts. */
const pipeline = () => import('../../export/run');
const jobs = () => import('../../export/jobs');

export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'export.formats': async () => (await pipeline()).listFormats(),
  'export.preview': async (input, ws) => (await pipeline()).previewExport(ws.ctx, input),
  'export.render': async (input, ws) => (await pipeline()).renderToBase64(ws.ctx, input),
  'export.run': async (input, ws) => (await pipeline()).runExport(ws.ctx, input),
  'export.progress': async (input) => (await jobs()).exportProgress(input.jobId),
  'export.cancel': async (input) => (await jobs()).cancelExport(input.jobId),
  'articles.original': async (input, ws) => {
    const o = (await import('../../export/originals')).originalOf(ws.ctx, input.id);
    return { articleId: o.articleId, fileName: o.fileName, mediaType: o.mediaType, sha256: o.sha256, byteSize: o.bytes.length, dataBase64: base64(o.bytes) };
  },
};
