// Entry of a parse worker (node:worker_threads): turns one file's bytes into a document at a time.
// It never touches the database; the host stores what it returns, after validating it.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { formatForFile } from '../interop';
import type { ParseReply, ParseRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread');

async function parse({ fileName, bytes }: ParseRequest): Promise<ParseReply> {
  try {
    const format = formatForFile(fileName);
    const doc = await format.extract(bytes, fileName);
    return { type: 'parsed', kind: format.kind, mediaType: format.mediaType, doc };
  } catch (error) {
    if (error instanceof AppError) return { type: 'refused', code: error.code, message: error.message };
    return { type: 'crashed', message: error instanceof Error ? error.message : String(error) };
  }
}

port.on('message', (request: ParseRequest) => {
  void parse(request).then((reply) => port.postMessage(reply));
});
port.postMessage({ type: 'ready' } satisfies ParseReply);
