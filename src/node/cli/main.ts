import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/article';
import type { Registry } from '../api/registry';
import { parseCliArgs, type ParsedArgs } from './args';
import { call, runCall, type CliIo } from './call';
import { runCaseFileCommand, runVerify } from './casefile';
import { runCodes } from './codes';
import { progressLine } from './progress';
import { runExportCommand, runOriginal } from './export';
import { describeFileProblem } from './files';
import { runImportProject } from './import-project';
import { runFigures } from './figures';
import { runBackup, runCheck, runRestore } from './safety';
import { runSearch } from './search';
import { runSuggest } from './suggest';
import { runTrash } from './trash';
import { formatArticle, formatArticleTable } from './format';
import { commandUsage, USAGE } from './usage';
import { APP_VERSION } from '../../shared/version';


async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const consoleIo: CliIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n'), readStdin: readAllStdin, progress: process.stderr };

export { USAGE };




async function readImportFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('not_found', `${path}: no such file`);
  if (!info.isFile()) throw new AppError('invalid_input', `${path}: not a file`);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new AppError('too_large', `${path} is ${(info.size / 1048576).toFixed(1)} MB; the import limit is 50 MB. Nothing was imported.`);
  }
  return (await readFile(path)).toString('base64');
}

async function runImport(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.rest.length) throw new AppError('invalid_input', 'import needs at least one FILE');
  let failed = 0;
  const progress = progressLine(args.rest.length > 1 ? io.progress : undefined);
  for (const [i, path] of args.rest.entries()) {
    progress.update(`Importing ${i + 1} of ${args.rest.length}: ${basename(path)}`);
    try {
      const dataBase64 = await readImportFile(path);
      const r = await call(registry, 'articles.importFile', { fileName: basename(path), dataBase64 });
      progress.done(); // the line is cleared before anything else is printed
      io.out(JSON.stringify({ file: path, id: r.article.id, title: r.article.title, sha256: r.sha256, duplicate: r.duplicate, inTrash: r.inTrash }));
      if (r.inTrash) io.err(`fieldnotes: ${r.message?.replace(/ Restore it .*$/, '')} Restore it with: fieldnotes --data ${args.dataDir} trash restore ${r.article.id}`);
    } catch (error) {
      failed++;
      progress.done();
      io.err(`fieldnotes: ${error instanceof AppError ? error.message : (error as Error).message}`);
    }
  }
  progress.done();
  return failed ? 1 : 0;
}

// The registry, the workspace and browser mode are loaded when a command needs them, so that
// --version, --help and usage errors answer without loading the whole core.
async function withWorkspace(args: ParsedArgs, io: CliIo, run: (registry: Registry) => Promise<number>): Promise<number> {
  const [{ openWorkspace }, { createRegistry }] = await Promise.all([import('../workspace'), import('../api/registry')]);
  const ws = openWorkspace({ dataDir: args.dataDir, kind: 'cli' });
  const { recovered, readOnly } = ws.notices;
  if (recovered) io.err(`fieldnotes: ${recovered}`);
  if (readOnly) io.err(`fieldnotes: the workspace is open read-only (${readOnly}); nothing can be changed.`);
  try {
    return await run(createRegistry(ws));
  } finally {
    ws.close();
  }
}

/** The fieldnotes command. Returns the exit code: 0 ok, 1 failed, 2 usage. */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      io.out(APP_VERSION);
      return 0;
    }
    if (args.help && args.command) {
      const own = commandUsage(args.command);
      if (own) {
        io.out(own);
        return 0;
      }
    }
    if (args.help || !args.command) {
      io.out(USAGE);
      return args.command || args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'call':
        return await withWorkspace(args, io, (r) => runCall(r, args.rest, io));
      case 'methods': {
        const { describeMethods } = await import('../api/registry');
        io.out(args.json ? JSON.stringify(describeMethods(), null, 2) : describeMethods().map((m) => `${m.name.padEnd(22)} ${m.summary}`).join('\n'));
        return 0;
      }
      case 'import':
        return await withWorkspace(args, io, (r) => runImport(r, args, io));
      case 'import-project':
        return await withWorkspace(args, io, (r) => runImportProject(r, args, io));
      case 'codes':
        return await withWorkspace(args, io, (r) => runCodes(r, args, io));
      case 'export':
        return await withWorkspace(args, io, (r) => runExportCommand(r, args, io));
      case 'casefile':
        return await withWorkspace(args, io, (r) => runCaseFileCommand(r, args, io));
      case 'verify':
        return await runVerify(args, io);
      case 'original':
        return await withWorkspace(args, io, (r) => runOriginal(r, args, io));
      case 'backup':
        return await withWorkspace(args, io, (r) => runBackup(r, args, io));
      case 'check':
        return await withWorkspace(args, io, (r) => runCheck(r, args, io));
      case 'suggest':
        return await withWorkspace(args, io, (r) => runSuggest(r, args, io));
      case 'reindex':
        return await withWorkspace(args, io, async (r) => {
          io.out(`Search index rebuilt: ${(await call(r, 'search.rebuild', {})).documents} records.`);
          return 0;
        });
      case 'restore':
        return await runRestore(args, io);
      case 'search':
        return await withWorkspace(args, io, (r) => runSearch(r, args, io));
      case 'trash':
        return await withWorkspace(args, io, (r) => runTrash(r, args, io));
      case 'figures':
        return await withWorkspace(args, io, (r) => runFigures(r, args, io));
      case 'list':
        return await withWorkspace(args, io, async (r) => {
          const { items } = await call(r, 'articles.list', {});
          io.out(args.json ? JSON.stringify(items, null, 2) : formatArticleTable(items));
          return 0;
        });
      case 'show':
        return await withWorkspace(args, io, async (r) => {
          if (args.rest.length !== 1) throw new AppError('invalid_input', 'show needs exactly one article ID');
          const article = await call(r, 'articles.get', { id: args.rest[0] });
          io.out(args.json ? JSON.stringify(article, null, 2) : formatArticle(article));
          return 0;
        });
      case 'web': {
        const { startBrowserMode } = await import('../host/browser-mode');
        const running = await startBrowserMode({ dataDir: args.dataDir, port: args.port });
        io.out(`Fieldnotes browser mode: ${running.url}`);
        await new Promise<void>((resolve) => {
          const stop = () => void running.stop().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return 0;
      }
      default:
        io.err(`fieldnotes: unknown command "${args.command}". Run "fieldnotes --help" for the list.`);
        return 2;
    }
  } catch (error) {
    const path = (error as NodeJS.ErrnoException).path;
    const message =
      error instanceof AppError
        ? error.message
        : ((path && describeFileProblem(error, path, 'write')) ?? `Something went wrong inside Fieldnotes: ${(error as Error).message}`);
    const code = error instanceof AppError ? error.code : 'internal';
    if (argv.includes('--json')) io.err(JSON.stringify({ code, message: message.split('\n')[0] }));
    else io.err(`fieldnotes: ${message.split('\n')[0]}`);
    return code === 'invalid_input' || code === 'unknown_method' ? 2 : 1;
  }
}
