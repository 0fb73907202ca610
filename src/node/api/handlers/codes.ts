import type { codeMethods } from '../../../shared/api/methods/codes';
import { exportCodebook, importCodebook } from '../../services/codebook';
import { createCode, deleteCode, listCodes, mergeCodes, moveCode, updateCode } from '../../services/codes';
import { assertRecord } from '../../services/record-tables';
import { applyCode, codesOf, removeCode } from '../../services/tagging';
import type { HandlersFor } from './types';

export const codeHandlers: HandlersFor<keyof typeof codeMethods> = {
  'codes.list': (_input, ws) => ({ codes: listCodes(ws.ctx) }),
  'codes.create': (input, ws) => createCode(ws.ctx, input),
  'codes.update': (input, ws) => updateCode(ws.ctx, input.id, input.patch),
  'codes.move': (input, ws) => moveCode(ws.ctx, input.id, input.parentId),
  'codes.merge': (input, ws) => mergeCodes(ws.ctx, input.sourceId, input.targetId),
  'codes.delete': (input, ws) => deleteCode(ws.ctx, input.id, input.usesTo),
  'codes.export': (input, ws) => exportCodebook(ws.ctx, input.format),
  'codes.import': (input, ws) => importCodebook(ws.ctx, input.fileName, input.dataBase64 !== undefined ? Buffer.from(input.dataBase64, 'base64') : (input.content ?? '')),
  'tags.apply': (input, ws) => ({ codeIds: applyCode(ws.ctx, input.codeId, input.itemType, input.itemId) }),
  'tags.remove': (input, ws) => ({ codeIds: removeCode(ws.ctx, input.codeId, input.itemType, input.itemId) }),
  'tags.of': (input, ws) => {
    assertRecord(ws.ctx, input.itemType, input.itemId);
    return { codeIds: codesOf(ws.ctx, input.itemType, input.itemId) };
  },
};
