import { CountingInflater, isZlibHeader } from './inflate-count';
import { LIMITS, mib, tooLarge } from './limits';

/**
 * pdf.js inflates a stream whole, into memory, whatever its size: a 6 MB file can hold a stream
 * of 6 GiB of zeros. This pass finds every stream in the file and counts what it decodes to,
 * without keeping the output, before pdf.js sees the file: FlateDecode (recognised by its zlib
 * header, so an indirect /Filter cannot hide it; up to three Flate layers deep, also inside
 * ASCIIHex or ASCII85), LZWDecode and
 * RunLengthDecode. A stream that one of these filters decodes but that cannot be counted (for
 * example LZW after ASCII85) is bounded by the filter's worst ratio. Streams of an encrypted file
 * cannot be read before decryption and are not checked here.
 */

const STREAM = Buffer.from('stream');
const MAX_FLATE_LAYERS = 3;
const WORST_RATIO = { lzw: 4096 / 1.5, rl: 64 } as const;

interface Counter { size: number }

function flateSize(data: Uint8Array, cap: number): number {
  const out: Counter = { size: 0 };
  const layer = (level: number): CountingInflater => {
    let inner: CountingInflater | null = null;
    let first = true;
    const inflater: CountingInflater = new CountingInflater(cap, (chunk) => {
      if (first && level < MAX_FLATE_LAYERS && chunk.length >= 2 && isZlibHeader(chunk[0], chunk[1])) {
        inner = layer(level + 1);
        chunk = chunk.subarray(2);
      }
      first = false;
      if (inner) {
        inner.push(chunk);
        if (inner.overCap) throw new Error('over cap');
      } else out.size += chunk.length;
    });
    return inflater;
  };
  const top = layer(1);
  try {
    top.push(data);
  } catch {
    return cap + 1; // an inner layer passed the cap
  }
  return top.overCap ? cap + 1 : out.size;
}

/** Output length of pdf.js's LZWStream (same code-width rules), counted from the code lengths alone. */
export function lzwSize(data: Uint8Array, earlyChange: number, cap: number): number {
  const lengths = new Uint16Array(4096).fill(1, 0, 256);
  let codeLength = 9;
  let nextCode = 258;
  let prevCode = 0;
  let current = 0;
  let size = 0;
  let bits = 0;
  let cached = 0;
  for (let at = 0; size <= cap; ) {
    while (bits < codeLength && at < data.length) {
      cached = ((cached << 8) | data[at++]) & 0xffffff;
      bits += 8;
    }
    if (bits < codeLength) break;
    bits -= codeLength;
    const code = (cached >>> bits) & ((1 << codeLength) - 1);
    const hasPrev = current > 0;
    if (code < 256) current = 1;
    else if (code >= 258) current = code < nextCode ? lengths[code] : current + 1;
    else if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      current = 0;
      continue;
    } else break;
    if (hasPrev) {
      if (nextCode < 4096) lengths[nextCode] = lengths[prevCode] + 1;
      nextCode++;
      const n = nextCode + earlyChange;
      codeLength = n & (n - 1) ? codeLength : Math.min(Math.log2(n) + 1, 12) | 0;
    }
    prevCode = code;
    size += current;
  }
  return size;
}

export function runLengthSize(data: Uint8Array, cap: number): number {
  let size = 0;
  for (let at = 0; at < data.length && size <= cap; ) {
    const n = data[at];
    if (n === 128) break;
    if (n < 128) {
      size += n + 1;
      at += n + 2;
    } else {
      size += 257 - n;
      at += 2;
    }
  }
  return size;
}

/** The dictionary before a "stream" keyword: from the last "obj" in the 4 KB before it. */
function dictionaryBefore(bytes: Uint8Array, keyword: number): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, keyword - 4096), Math.min(keyword, 4096)).toString('latin1');
  const obj = text.lastIndexOf('obj');
  return obj >= 0 ? text.slice(obj) : text;
}

/** ASCIIHexDecode (up to ">"), so that Flate data wrapped in hex is counted too. */
export function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length >> 1);
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else (out[n++] = (high << 4) | v), (high = -1);
  }
  return out.subarray(0, n);
}

/** ASCII85Decode (up to "~>"), so that Flate data wrapped in ASCII85 is counted too. */
export function ascii85(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((data.length * 4) / 5) + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && count === 0) {
      n += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      for (let k = 3; k >= 0; k--) out[n + k] = group & 0xff, (group = Math.floor(group / 256));
      n += 4;
      group = count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < count - 1; k++) out[n++] = Math.floor(group / 256 ** (3 - k)) & 0xff;
  }
  return out.subarray(0, Math.min(n, out.length));
}

function decodedSize(bytes: Uint8Array, keyword: number, data: Uint8Array, cap: number): number {
  if (data.length >= 2 && isZlibHeader(data[0], data[1])) return flateSize(data.subarray(2), cap);
  const dict = dictionaryBefore(bytes, keyword);
  const ascii = /\/Filter\s*\[\s*\/(ASCIIHexDecode|AHx|ASCII85Decode|A85)\b/.exec(dict)?.[1];
  if (ascii) {
    const inner = ascii.startsWith('A8') || ascii.startsWith('ASCII8') ? ascii85(data) : asciiHex(data);
    if (inner.length >= 2 && isZlibHeader(inner[0], inner[1])) return flateSize(inner.subarray(2), cap);
  }
  const filters = dict.match(/\/(?:LZWDecode|LZW|RunLengthDecode|RL)(?![A-Za-z0-9])/g) ?? [];
  if (!filters.length) return 0;
  const first = /\/Filter\s*\[?\s*\/([A-Za-z0-9]+)/.exec(dict)?.[1];
  const end = Math.min(data.length, 1 + Math.max(0, bytesIndexOf(bytes, 'endstream', keyword) - (keyword + 6)));
  const body = data.subarray(0, end);
  if (first === 'LZWDecode' || first === 'LZW') return lzwSize(body, /\/EarlyChange\s+0/.test(dict) ? 0 : 1, cap);
  if (first === 'RunLengthDecode' || first === 'RL') return runLengthSize(body, cap);
  const worst = filters.some((f) => f.startsWith('/L')) ? WORST_RATIO.lzw : WORST_RATIO.rl;
  return body.length * worst;
}

function bytesIndexOf(bytes: Uint8Array, what: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(what, from, 'latin1');
}

export function checkPdfStreams(bytes: Uint8Array, fileName: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let k = buf.indexOf(STREAM); k >= 0; k = buf.indexOf(STREAM, k + STREAM.length)) {
    if (k >= 3 && buf.toString('latin1', k - 3, k) === 'end') continue;
    let start = k + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    else if (buf[start - 1] !== 0x0d) continue; // "stream" must end its line
    const cap = Math.min(LIMITS.inflatedEntry, LIMITS.inflatedTotal - total);
    const size = decodedSize(bytes, k, bytes.subarray(start), cap);
    if (size > cap) {
      throw tooLarge(fileName, total + size > LIMITS.inflatedTotal
        ? `would expand to more than ${mib(LIMITS.inflatedTotal)} when read (it may be a "decompression bomb")`
        : `contains a part that expands to more than ${mib(cap)} when read (it may be a "decompression bomb")`);
    }
    total += size;
  }
}
