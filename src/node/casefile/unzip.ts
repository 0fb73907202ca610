import { AppError } from '../../shared/api/errors';
import { inflateCounted } from '../interop/inflate-count';
import { mib } from '../interop/limits';
import { damaged, entryData, readEntries, type ZipEntry } from '../interop/safe-zip';
import { RATIO_CHECKED_ABOVE, type CaseFileLimits } from './limits';

/**
 * Unpacks a case file in memory, refusing with one sentence anything a hostile zip could do to a
 * reader: paths that escape the folder or are absolute, symbolic links, the same path twice, and
 * files that inflate beyond the limits or too far for their compressed size. Sizes are counted
 * while inflating, never taken from the headers.
 */

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Hosts whose external attributes carry Unix file modes (Unix, macOS). */
const UNIX_HOSTS = new Set([3, 19]);

const refuse = (fileName: string, what: string) => new AppError('invalid_input', `${fileName} ${what}; a case file never does, so it was refused and nothing was read.`);
const bomb = (fileName: string, what: string) => new AppError('too_large', `${fileName} ${what} (it may be a "zip bomb"), so it was refused and nothing was read.`);

export const isSymlink = (e: Pick<ZipEntry, 'madeBy' | 'external'>) => UNIX_HOSTS.has(e.madeBy >> 8) && ((e.external >>> 16) & S_IFMT) === S_IFLNK;

function checkPath(fileName: string, e: ZipEntry, seen: Set<string>): void {
  const name = e.name;
  if (!name || name.includes('\0')) throw refuse(fileName, 'holds an entry without a usable name');
  if (/^([/\\]|[A-Za-z]:)/.test(name)) throw refuse(fileName, `holds an absolute path (${name})`);
  const parts = name.split(/[/\\]/);
  if (parts.includes('..')) throw refuse(fileName, `holds a path that escapes its folder (${name})`);
  if (isSymlink(e)) throw refuse(fileName, `holds a symbolic link (${name})`);
  const key = name.normalize('NFC').toLowerCase();
  if (seen.has(key)) throw refuse(fileName, `holds the same path twice (${name})`);
  seen.add(key);
}

/** Files of the zip by path (folders left out), after every check. */
export function unzipCaseFile(bytes: Uint8Array, fileName: string, limits: CaseFileLimits): Map<string, Uint8Array> {
  const entries = readEntries(bytes, fileName, { count: limits.entries, what: 'a case file' });
  const seen = new Set<string>();
  for (const e of entries) checkPath(fileName, e, seen);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(bytes, e, fileName);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      const chunks: Uint8Array[] = [];
      const cap = Math.min(limits.entryBytes, limits.totalBytes - total);
      const inflated = inflateCounted(data, cap, (chunk) => chunks.push(chunk.slice()));
      if (inflated.overCap) {
        throw total + inflated.size > limits.totalBytes
          ? bomb(fileName, `would unpack to more than ${mib(limits.totalBytes)}`)
          : bomb(fileName, `holds a file (${e.name}) that unpacks to more than ${mib(limits.entryBytes)}`);
      }
      if (inflated.broken || !inflated.ended) throw damaged(fileName, `the entry ${e.name} cannot be unpacked`);
      out = Buffer.concat(chunks);
    } else throw new AppError('unsupported_type', `${fileName} uses a compression method Fieldnotes cannot read (method ${e.method} in ${e.name}), so nothing was read.`);
    if (out.length !== e.declared) throw damaged(fileName, `the entry ${e.name} is not the size its header says`);
    if (out.length > RATIO_CHECKED_ABOVE && out.length / Math.max(1, data.length) > limits.ratio) {
      throw bomb(fileName, `holds a file (${e.name}) compressed more than ${limits.ratio} to 1`);
    }
    if (e.method === 0 && (out.length > limits.entryBytes || total + out.length > limits.totalBytes)) throw bomb(fileName, `holds more than ${mib(limits.totalBytes)} of files`);
    total += out.length;
    files.set(e.name, out);
  }
  return files;
}
