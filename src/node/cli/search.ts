import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';

/** `search QUERY [--json]`: the same results as the app (id, type, snippet, article, start, end). */
export async function runSearch(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.rest.length !== 1) throw new AppError('invalid_input', 'search needs one QUERY (quote it: fieldnotes search "security forces")');
  const { groups, total } = await call(registry, 'search.query', { query: args.rest[0], limit: 100 });
  const rows = groups.flatMap((g) =>
    g.results.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      snippet: r.snippet.map((p) => p.text).join(''),
      article: r.articleId,
      start: r.start,
      end: r.end,
    })),
  );
  if (args.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (!rows.length) {
    io.out('No results.');
    return 0;
  }
  for (const g of groups) {
    io.out(`${g.type}s (${g.total})`);
    for (const r of g.results) io.out(`  ${r.id}  ${r.title}\n    ${r.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')}`);
  }
  io.out(`${total} results`);
  return 0;
}
