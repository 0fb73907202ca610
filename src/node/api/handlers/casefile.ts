import type { caseFileMethods } from '../../../shared/api/methods/casefile';
import type { HandlersFor } from './types';

/** Loaded on first use, like the export pipeline. */
const casefile = () => import('../../casefile');

export const caseFileHandlers: HandlersFor<keyof typeof caseFileMethods> = {
  'casefile.export': async (input, ws) => (await casefile()).runCaseFileExport(ws.ctx, input),
  'casefile.render': async (input, ws) => (await casefile()).renderCaseFileBase64(ws.ctx, input),
  'casefile.verify': async (input) => (await casefile()).verifyCaseFileInput(input),
};
