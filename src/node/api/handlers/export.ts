import type { exportMethods } from '../../../shared/api/methods/export';
import type { HandlersFor } from './types';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
/** The export pipeline (formats, their libraries) is loaded on first use, not by every command or window that starts. */
const pipeline = () => import('../../export/run');

export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'export.formats': async () => {
    const { exportFormats } = await import('../../export/formats');
    return { formats: exportFormats.map(({ id, label, extension, mediaType }) => ({ id, label, extension, mediaType })) };
  },
  'export.preview': async (input, ws) => (await pipeline()).previewExport(ws.ctx, input),
  'export.render': async (input, ws) => {
    const r = await (await pipeline()).renderExport(ws.ctx, input);
    return { fileName: r.fileName, mediaType: r.mediaType, dataBase64: base64(r.bytes), withheld: r.withheld };
  },
  'export.run': async (input, ws) => (await pipeline()).runExport(ws.ctx, input),
  'articles.original': async (input, ws) => {
    const o = (await import('../../export/originals')).originalOf(ws.ctx, input.id);
    return { articleId: o.articleId, fileName: o.fileName, mediaType: o.mediaType, sha256: o.sha256, byteSize: o.bytes.length, dataBase64: base64(o.bytes) };
  },
};
