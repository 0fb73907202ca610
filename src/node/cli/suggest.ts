import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';

/** `suggest ARTICLE_ID [--json]`: suggested figures, quotes and mentions (kind, start, end, text, ...). */
export async function runSuggest(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.rest.length !== 1) throw new AppError('invalid_input', 'suggest needs one ARTICLE_ID (see fieldnotes list)');
  const { suggestions } = await call(registry, 'suggest.article', { articleId: args.rest[0] });
  const rows = suggestions.map(({ key: _key, ...s }) => s);
  if (args.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (!rows.length) io.out('No suggestions.');
  for (const s of rows) {
    const detail =
      s.kind === 'figure'
        ? `${s.status} ${s.group} ${s.qualifier} ${s.value ?? `${s.min ?? '?'}-${s.max ?? '?'}`}${s.reported_by ? ` (reported by ${s.reported_by})` : ''}`
        : s.kind === 'quote'
          ? `speaker: ${s.speaker ?? 'unknown'}`
          : `actor ${s.actorId}`;
    io.out(`${s.kind.padEnd(8)} ${String(s.start).padStart(6)}-${String(s.end).padEnd(6)} ${JSON.stringify(s.text)}  ${detail}`);
  }
  return 0;
}
