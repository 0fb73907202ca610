import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';
import { withProgress } from './progress';

export const EXPORT_USAGE = `Usage: fieldnotes export --format md|csv|html|pdf|docx|xlsx|json|qdpx (--case ID | --articles ID,ID | --code ID | --all)
                         [--profile internal|team|public] [--split] --out PATH [--json]

Exports notes and reports through the one export pipeline. The profile (team by default) decides
what leaves the machine: team leaves out witness identities, accounts without consent to share
with the team and private memos; public also leaves out accounts without consent to publish,
memos not marked public, interviewer names and exact locations, and replaces redacted spans.
--split (with --format md) writes a zip of one Markdown file per article, with an index.md.
The file is written under a temporary name and renamed at the end; on a terminal, progress is
shown on stderr. PDF needs Chromium (CHROMIUM_PATH or /usr/bin/chromium); without it, export
the PDF from the app.

Usage: fieldnotes original ARTICLE_ID --out FILE
Writes the imported bytes of an article's original unchanged; the SHA-256 is checked on the way out.`;

export function scopeOf(args: ParsedArgs, command = 'export') {
  const scopes = [args.caseId && { kind: 'case', caseId: args.caseId }, args.articleIds && { kind: 'articles', articleIds: args.articleIds }, args.codeId && { kind: 'code', codeId: args.codeId }, args.all && { kind: 'all' }].filter(Boolean);
  if (scopes.length !== 1) throw new AppError('invalid_input', `${command} needs exactly one of --case ID, --articles ID,ID, --code ID or --all`);
  return scopes[0];
}

const STAGE_WORDS: Record<string, string> = { collecting: 'collecting the records', rendering: 'rendering', writing: 'writing the file' };

/** Polls export.progress into the progress line until `stop` is called. */
function followExport(registry: Registry, jobId: string, show: (text: string) => void): () => void {
  const timer = setInterval(() => {
    call(registry, 'export.progress', { jobId })
      .then(({ stage, records }) => {
        if (stage && STAGE_WORDS[stage]) show(`${STAGE_WORDS[stage]}${records && stage === 'rendering' ? `, ${records.rendered} of ${records.total} records` : ''}`);
      })
      .catch(() => undefined);
  }, 200);
  return () => clearInterval(timer);
}

/** `fieldnotes export ...`: one JSON line (or a sentence) saying what was written and what was withheld. */
export async function runExportCommand(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.format || args.format === 'qdc') throw new AppError('invalid_input', 'export needs --format md, csv, html, pdf, docx, xlsx, json or qdpx');
  if (args.split && args.format !== 'md') throw new AppError('invalid_input', '--split goes with --format md (one Markdown file per article)');
  if (!args.out) throw new AppError('invalid_input', 'export needs --out PATH');
  const format = args.split ? 'mdzip' : args.format;
  const jobId = randomUUID();
  const input = { scope: scopeOf(args), format, profile: args.profile ?? 'team', path: resolve(args.out), jobId };
  const result = await withProgress(io, `Exporting ${format}`, (stop) => followExport(registry, jobId, stop), () => call(registry, 'export.run', input));
  if (args.json) io.out(JSON.stringify(result));
  else {
    io.out(`Wrote ${result.path} (${result.bytes} bytes, sha256 ${result.sha256}).`);
    io.out(result.withheld.summary.length ? `Withheld: ${result.withheld.summary.join(', ')}.` : `The ${args.profile ?? 'team'} profile withheld nothing from this scope.`);
  }
  return 0;
}

/** `fieldnotes original ID --out FILE`: the original's bytes, hash checked before and after writing. */
export async function runOriginal(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.rest.length !== 1) throw new AppError('invalid_input', 'original needs exactly one article ID');
  if (!args.out) throw new AppError('invalid_input', 'original needs --out FILE');
  const o = await call(registry, 'articles.original', { id: args.rest[0] });
  const path = resolve(args.out);
  (await import('../export/run')).writeVerified(path, Buffer.from(o.dataBase64, 'base64'), o.sha256);
  io.out(args.json ? JSON.stringify({ file: path, sha256: o.sha256, bytes: o.byteSize, mediaType: o.mediaType, fileName: o.fileName }) : `Wrote ${path} (${o.byteSize} bytes, sha256 ${o.sha256}).`);
  return 0;
}
