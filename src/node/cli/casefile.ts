import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';
import { scopeOf } from './export';

export const CASEFILE_USAGE = `Usage: fieldnotes casefile export (--case ID | --articles ID,ID | --code ID | --all)
                         [--profile internal|team|public] --out FILE [--json]
Writes a case file: a zipped BagIt bag (RFC 8493) holding case.json and its JSON Schema, the
originals the profile lets out, report.html, report.md, tables/*.csv and codebook.qdc, with SHA-256
manifests. The profile (team by default) withholds what it withholds from every export.
Name the file NAME.PROFILE.fieldnotes.zip (the bag inside is the folder NAME.PROFILE.fieldnotes).

Usage: fieldnotes verify FILE [--json]
Checks a case file without any workspace: exit 0 when it is complete and valid, exit 1 naming each
file altered, added or removed and each BagIt rule broken.`;

/** `fieldnotes casefile export ...` */
export async function runCaseFileCommand(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  const [sub, ...extra] = args.rest;
  if (sub !== 'export' || extra.length) throw new AppError('invalid_input', 'casefile needs the subcommand export (see fieldnotes casefile --help)');
  if (!args.out) throw new AppError('invalid_input', 'casefile export needs --out FILE');
  const r = await call(registry, 'casefile.export', { scope: scopeOf(args, 'casefile export'), profile: args.profile ?? 'team', path: resolve(args.out) });
  if (args.json) io.out(JSON.stringify(r));
  else {
    io.out(`Wrote ${r.path} (${r.files} files in the bag, ${r.bytes} bytes, sha256 ${r.sha256}).`);
    io.out(r.withheld.summary.length ? `Withheld: ${r.withheld.summary.join(', ')}.` : `The ${args.profile ?? 'team'} profile withheld nothing from this scope.`);
  }
  return 0;
}

/** `fieldnotes verify FILE`: needs no workspace; 0 valid, 1 each problem named. */
export async function runVerify(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.rest.length !== 1) throw new AppError('invalid_input', 'verify needs exactly one FILE');
  const path = resolve(args.rest[0]);
  const report = await (await import('../casefile')).verifyCaseFileInput({ path });
  if (args.json) io.out(JSON.stringify(report));
  else if (report.valid) {
    const i = report.info;
    io.out(`${basename(path)} is a complete and valid case file: ${report.payloadFiles} files, ${report.payloadBytes} bytes, every one matching its SHA-256 (profile ${i['Fieldnotes-Profile'] ?? '?'}, made by ${i['Fieldnotes-Exporter'] ?? '?'} on ${i['Bagging-Date'] ?? '?'}).`);
  } else {
    io.out(`${basename(path)} is not a valid case file (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}):`);
    for (const p of report.problems) io.out(`  ${p.kind.padEnd(8)} ${p.message}`);
  }
  return report.valid ? 0 : 1;
}
