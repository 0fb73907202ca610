import type { redactionMethods } from '../../../shared/api/methods/redactions';
import { createRedaction, deleteRedaction, listRedactions, updateRedaction } from '../../services/redactions';
import type { HandlersFor } from './types';

export const redactionHandlers: HandlersFor<keyof typeof redactionMethods> = {
  'redactions.list': (input, ws) => ({ redactions: listRedactions(ws.ctx, input.targetType, input.targetId) }),
  'redactions.create': (input, ws) => createRedaction(ws.ctx, input),
  'redactions.update': (input, ws) => updateRedaction(ws.ctx, input.id, input.reason),
  'redactions.delete': (input, ws) => deleteRedaction(ws.ctx, input.id),
};
