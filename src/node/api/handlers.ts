import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/api/contract';
import { countArticles, getArticle, listArticles, updateArticle } from '../services/articles';
import { loadDemoCase } from '../services/demo';
import { importFile, importPastedText } from '../services/importing';
import type { Workspace } from '../workspace';

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, ws: Workspace) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Binds each method of the contract to the service that does the work. */
export const handlers: Handlers = {
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
  'articles.importFile': (input, ws) => importFile(ws.ctx, input.fileName, Buffer.from(input.dataBase64, 'base64')),
  'articles.update': (input, ws) => updateArticle(ws.ctx, input.id, input.patch),
  'demo.load': (_input, ws) => loadDemoCase(ws.ctx, ws.resourcesDir),
};
