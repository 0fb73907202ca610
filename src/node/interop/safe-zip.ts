import { AppError } from '../../shared/api/errors';
import { inflateCounted } from './inflate-count';
import { LIMITS, mib, tooLarge } from './limits';

/**
 * Checks a zip archive (.docx) before any library unpacks it: the number of entries, and for every
 * entry its real inflated size, counted while inflating without keeping the output (the sizes in
 * the headers are never trusted), against a cap per entry, a cap for the whole archive and a
 * compression ratio. XML parts must not declare a DOCTYPE (the door to entity expansion bombs).
 * Returns the entry names and the inflated bytes of the entries named in `keep` (small ones, such as docProps/core.xml).
 */

/** One entry of a zip's central directory; `madeBy` and `external` tell a Unix symlink from a file. */
export interface ZipEntry { name: string; method: number; compressed: number; declared: number; localOffset: number; madeBy: number; external: number }
type Entry = ZipEntry;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;
const DOCTYPE = Buffer.from('<!DOCTYPE');

export function damaged(fileName: string, what: string): AppError {
  return new AppError('invalid_input', `${fileName} is damaged or is not a zip archive (${what}). Nothing was imported.`);
}

function findEndOfDirectory(b: Uint8Array, fileName: string): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65_535); at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 0x05 && b[at + 3] === 0x06) return at;
  }
  throw damaged(fileName, 'its table of contents is missing');
}

/** Entry count, directory offset and size, from the end record (or its ZIP64 version). */
function directory(b: Uint8Array, fileName: string): { count: number; offset: number } {
  const end = findEndOfDirectory(b, fileName);
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  const locator = end - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && u32(b, locator) === 0x07064b50) {
    const record = u64(b, locator + 8);
    if (record + 56 > b.length || u32(b, record) !== 0x06064b50) throw damaged(fileName, 'its ZIP64 table of contents is broken');
    count = u64(b, record + 32);
    offset = u64(b, record + 48);
  }
  return { count, offset };
}

/** The central directory's entries (duplicates included), refused beyond `maxEntries`. */
export function readEntries(b: Uint8Array, fileName: string, maxEntries: { count: number; what: string } = { count: LIMITS.zipEntries, what: 'a Word document' }): Entry[] {
  const { count, offset } = directory(b, fileName);
  if (count > maxEntries.count) throw tooLarge(fileName, `contains ${count.toLocaleString('en')} files; ${maxEntries.what} has fewer than ${maxEntries.count.toLocaleString('en')}`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw damaged(fileName, 'its table of contents is cut short');
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: Entry = {
      name: Buffer.from(b.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      declared: u32(b, at + 24),
      localOffset: u32(b, at + 42),
      madeBy: u16(b, at + 4),
      external: u32(b, at + 38),
    };
    readZip64Extra(b, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return entries;
}

/** ZIP64 extra field (id 1): 8-byte values for whichever of the three sizes are 0xFFFFFFFF. */
function readZip64Extra(b: Uint8Array, from: number, length: number, entry: Entry): void {
  for (let at = from; at + 4 <= from + length; at += 4 + u16(b, at + 2)) {
    if (u16(b, at) !== 1) continue;
    let field = at + 4;
    for (const key of ['declared', 'compressed', 'localOffset'] as const) {
      if (entry[key] === 0xffffffff) {
        entry[key] = u64(b, field);
        field += 8;
      }
    }
  }
}

export function entryData(b: Uint8Array, entry: Entry, fileName: string): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw damaged(fileName, `the entry ${entry.name} is missing`);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (start + entry.compressed > b.length) throw damaged(fileName, `the entry ${entry.name} is cut short`);
  return b.subarray(start, start + entry.compressed);
}

export function checkZip(bytes: Uint8Array, fileName: string, keep: readonly string[] = []): { names: Set<string>; kept: Map<string, Uint8Array> } {
  const kept = new Map<string, Uint8Array>();
  const entries = readEntries(bytes, fileName);
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry, fileName);
    const xml = /\.(xml|rels)$/i.test(entry.name);
    const cap = Math.min(xml ? LIMITS.docxXmlPart : LIMITS.inflatedEntry, LIMITS.inflatedTotal - total);
    const chunks: Uint8Array[] = [];
    let tail = Buffer.alloc(0);
    const onData = (chunk: Uint8Array) => {
      if (xml) {
        const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (view.includes(DOCTYPE) || Buffer.concat([tail, view.subarray(0, DOCTYPE.length)]).includes(DOCTYPE)) {
          throw new AppError('invalid_input', `${fileName} declares XML entities or a DOCTYPE in ${entry.name}, which Word never writes and Fieldnotes refuses for safety. Nothing was imported.`);
        }
        tail = Buffer.from(view.subarray(-DOCTYPE.length));
      }
      if (keep.includes(entry.name)) chunks.push(chunk.slice());
    };
    let size: number;
    if (entry.method === 0) {
      onData(data);
      size = data.length;
    } else if (entry.method === 8) {
      const inflated = inflateCounted(data, cap, onData);
      if (inflated.overCap) {
        throw tooLarge(fileName, total + inflated.size > LIMITS.inflatedTotal
          ? `would expand to more than ${mib(LIMITS.inflatedTotal)} when unpacked (it may be a "zip bomb")`
          : `contains a part (${entry.name}) that expands to more than ${mib(cap)} (it may be a "zip bomb")`);
      }
      if (inflated.broken || !inflated.ended) throw damaged(fileName, `the entry ${entry.name} cannot be unpacked`);
      size = inflated.size;
    } else {
      throw new AppError('unsupported_type', `${fileName} uses a compression method Fieldnotes cannot read (method ${entry.method} in ${entry.name}). Save it again from Word and import that file.`);
    }
    if (size !== entry.declared) throw damaged(fileName, `the entry ${entry.name} is not the size its header says`);
    if (size > 4 * 1048576 && size / Math.max(1, data.length) > LIMITS.zipRatio) {
      throw tooLarge(fileName, `contains a part (${entry.name}) compressed more than ${LIMITS.zipRatio} to 1 (it may be a "zip bomb")`);
    }
    total += size;
    if (keep.includes(entry.name)) kept.set(entry.name, Buffer.concat(chunks));
  }
  return { names: new Set(entries.map((e) => e.name)), kept };
}
