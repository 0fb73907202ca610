import type { projectMethods } from '../../../shared/api/methods/projects';
import { importProject } from '../../services/project-import';
import type { HandlersFor } from './types';

export const projectHandlers: HandlersFor<keyof typeof projectMethods> = {
  'projects.import': (input, ws) => importProject(ws.ctx, input.fileName, Buffer.from(input.dataBase64, 'base64')),
};
