import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';

/** `backup`: a checked backup now. */
export async function runBackup(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  const b = await call(registry, 'backups.create', {});
  io.out(args.json ? JSON.stringify(b) : `Backed up to ${b.file} (${(b.bytes / 1024).toFixed(0)} KB, integrity checked).`);
  return 0;
}

/** `check`: integrity, foreign keys and search indexes; exit 1 when something is wrong. */
export async function runCheck(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  const report = await call(registry, 'workspace.check', {});
  if (args.json) io.out(JSON.stringify(report, null, 2));
  else {
    const line = (label: string, problems: string[]) => io.out(`${label.padEnd(14)} ${problems.length ? problems.join('\n               ') : 'ok'}`);
    line('integrity', report.integrity);
    line('foreign keys', report.foreignKeys);
    line('search index', report.search);
    io.out(report.ok ? 'The workspace is sound.' : 'Problems were found: restore a backup (fieldnotes restore BACKUP) or rebuild the search index.');
  }
  return report.ok ? 0 : 1;
}

/**
 * `restore BACKUP`: works without opening the workspace, so it also rescues a workspace whose
 * database was moved aside as damaged. The current database, if any, is kept aside first; refused
 * while another process has the workspace open.
 */
export async function runRestore(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.rest.length !== 1) throw new AppError('invalid_input', 'restore needs one BACKUP file (see the backups folder of the workspace)');
  const backup = isAbsolute(args.rest[0]) ? args.rest[0] : resolve(args.rest[0]);
  const { movedAside } = (await import('../workspace')).restoreClosedWorkspace(args.dataDir, backup);
  io.out(`Restored ${backup}.${movedAside ? ` The previous database was kept at ${movedAside}.` : ''}`);
  return 0;
}
