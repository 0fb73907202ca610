import type { articleMethods } from '../../../shared/api/methods/articles';
import { countArticles, getArticle, listArticles, updateArticle } from '../../services/articles';
import { loadDemoCase } from '../../services/demo';
import { cancelImport, importFile, importPastedText } from '../../services/importing';
import type { HandlersFor } from './types';

export const articleHandlers: HandlersFor<keyof typeof articleMethods> = {
  'workspace.info': (_input, ws) => ({
    appVersion: ws.appVersion,
    dataDir: ws.dataDir,
    databasePath: ws.databasePath,
    schemaVersion: ws.db.pragma('user_version', { simple: true }) as number,
    articleCount: countArticles(ws.ctx),
  }),
  'articles.list': (input, ws) => listArticles(ws.ctx, input),
  'articles.get': (input, ws) => getArticle(ws.ctx, input.id),
  'articles.importText': ({ text, ...overrides }, ws) => importPastedText(ws.ctx, text, overrides),
  'articles.importFile': (input, ws) => importFile(ws.ctx, input.fileName, Buffer.from(input.dataBase64, 'base64'), input.jobId),
  'articles.cancelImport': (input) => cancelImport(input.jobId),
  'articles.update': (input, ws) => updateArticle(ws.ctx, input.id, input.patch),
  'demo.load': (_input, ws) => loadDemoCase(ws.ctx, ws.resourcesDir),
};
