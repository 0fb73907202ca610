import type { Reconciliation } from '../../shared/schemas/figure';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';

const label = (s: string) => s.replace(/_/g, ' ');

/** The reconciliation as text: one line per outcome x group, one column per reporter; then the checks. */
export function formatReconciliation(r: Reconciliation): string {
  if (!r.rows.length) return 'No figures recorded here yet.';
  const width = 26;
  const head = ['outcome / group'.padEnd(width), ...r.reporters.map((p) => p.name.slice(0, width - 2).padEnd(width))].join('');
  const lines = [head, '-'.repeat(head.length)];
  for (const row of r.rows) {
    const cells = r.reporters.map((p) => {
      const cell = row.cells.find((c) => c.reporterId === p.id);
      if (!cell) return ''.padEnd(width);
      const older = cell.timeline.length ? ` (+${cell.timeline.length} older)` : '';
      return `${cell.latest.range} @${cell.latest.asOf}${older}`.padEnd(width);
    });
    lines.push([`${row.outcome} ${label(row.group)}`.padEnd(width), ...cells].join(''));
  }
  lines.push('', r.flags.length ? `${r.flags.length} consistency flag(s):` : 'No consistency flags.');
  for (const f of r.flags) lines.push(`  [${f.severity}] ${f.explanation}`);
  return lines.join('\n');
}

/** `figures [--case ID | --incident ID] [--json]`: the reconciliation table of casualty figures, as data with --json. */
export async function runFigures(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  const scope = { ...(args.caseId ? { caseId: args.caseId } : {}), ...(args.incidentId ? { incidentId: args.incidentId } : {}) };
  const table = await call(registry, 'figures.reconcile', scope);
  io.out(args.json ? JSON.stringify(table, null, 2) : formatReconciliation(table));
  return 0;
}
