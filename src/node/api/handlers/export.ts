import type { exportMethods } from '../../../shared/api/methods/export';
import { exportFormats } from '../../export/formats';
import { originalOf } from '../../export/originals';
import { previewExport, renderExport, runExport } from '../../export/run';
import type { HandlersFor } from './types';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'export.formats': () => ({ formats: exportFormats.map(({ id, label, extension, mediaType }) => ({ id, label, extension, mediaType })) }),
  'export.preview': (input, ws) => previewExport(ws.ctx, input),
  'export.render': async (input, ws) => {
    const r = await renderExport(ws.ctx, input);
    return { fileName: r.fileName, mediaType: r.mediaType, dataBase64: base64(r.bytes), withheld: r.withheld };
  },
  'export.run': (input, ws) => runExport(ws.ctx, input),
  'articles.original': (input, ws) => {
    const o = originalOf(ws.ctx, input.id);
    return { articleId: o.articleId, fileName: o.fileName, mediaType: o.mediaType, sha256: o.sha256, byteSize: o.bytes.length, dataBase64: base64(o.bytes) };
  },
};
