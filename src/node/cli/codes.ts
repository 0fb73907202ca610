import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CodeWithCounts } from '../../shared/schemas/code';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';
import { onUserFile } from './files';

const MAX_CODEBOOK_BYTES = 50 * 1024 * 1024;

/** The codebook as an indented tree: one code a line with its colour, key and uses. */
export function formatCodeTree(codes: CodeWithCounts[]): string {
  const children = new Map<string | null, CodeWithCounts[]>();
  for (const c of codes) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const lines: string[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      const key = c.shortcut ? ` [${c.shortcut}]` : '';
      const kind = c.isCodable ? `${c.uses} uses in ${c.documents} documents` : 'category';
      lines.push(`${'  '.repeat(depth)}${c.name}${key}  ${c.color}  ${kind}`);
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return lines.length ? lines.join('\n') : 'The codebook is empty.';
}

/** `codes`, `codes export --format qdc|json --out FILE`, `codes import FILE`. */
export async function runCodes(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  const [sub, ...files] = args.rest;
  if (!sub) {
    const { codes } = await call(registry, 'codes.list', {});
    io.out(args.json ? JSON.stringify(codes, null, 2) : formatCodeTree(codes));
    return 0;
  }
  if (sub === 'export') {
    if (!args.format || !args.out) throw new AppError('invalid_input', 'codes export needs --format qdc|json and --out FILE');
    const out = args.out;
    const exported = await call(registry, 'codes.export', { format: args.format });
    await onUserFile(out, 'write', () => writeFile(out, exported.content, 'utf8'));
    io.out(JSON.stringify({ file: args.out, format: args.format, bytes: Buffer.byteLength(exported.content) }));
    return 0;
  }
  if (sub === 'import') {
    if (files.length !== 1) throw new AppError('invalid_input', 'codes import needs exactly one FILE');
    const file = files[0];
    const info = await onUserFile(file, 'read', () => stat(file));
    if (!info.isFile()) throw new AppError('invalid_input', `${file} is not a file; codes import needs a codebook file.`);
    if (info.size > MAX_CODEBOOK_BYTES) throw new AppError('too_large', `${file} is over 50 MB; that is not a codebook or project.`);
    const bytes = await onUserFile(file, 'read', () => readFile(file));
    // A .qdpx project is a zip ("PK"): its codebook is read from the project inside.
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const input = isZip ? { fileName: basename(file), dataBase64: bytes.toString('base64') } : { fileName: basename(file), content: bytes.toString('utf8') };
    const report = await call(registry, 'codes.import', input);
    io.out(JSON.stringify(report));
    return 0;
  }
  throw new AppError('invalid_input', `unknown codes command "${sub}"; use codes, codes export or codes import`);
}
