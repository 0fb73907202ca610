import chardet from 'chardet';
import { AppError } from '../../shared/api/errors';

/** The text of a file and the encoding it was read with (named in the import report). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Legacy encodings Syrian and other sources still use, by the label TextDecoder knows them by.
 * WHATWG decodes "iso-8859-1" as windows-1252 (a superset), which is what browsers do too.
 */
const LEGACY: Record<string, string> = {
  'windows-1256': 'windows-1256',
  'cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'arabic': 'iso-8859-6',
  'iso-8859-1': 'iso-8859-1',
  'latin1': 'iso-8859-1',
  'windows-1252': 'windows-1252',
  'cp1252': 'windows-1252',
};
const UNICODE: Record<string, string> = { 'utf-8': 'utf-8', 'utf8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le' };

/** The encoding a BOM announces, with the BOM's length. */
function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * The charset a page declares in its first 1024 bytes, as browsers prescan: <meta charset> or
 * <meta http-equiv="Content-Type" content="...; charset=...">. Null when none is declared.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (charset) return charset[1].toLowerCase();
  }
  return null;
}

/**
 * windows-1252 bytes 0x80-0x9F (WHATWG index). Node 20's TextDecoder decodes "windows-1252" and
 * "latin1" as ISO-8859-1 (C1 controls), so ’ “ ” – … € come out as invisible controls; this
 * puts back what WHATWG (and every browser) reads. Undefined bytes (0x81 ...) stay as they are.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWith(bytes: Uint8Array, encoding: string, fileName: string): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    if (encoding !== 'windows-1252' && encoding !== 'iso-8859-1') return text;
    return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
  } catch {
    throw new AppError(
      'invalid_input',
      `${fileName} is not ${encoding === 'utf-8' ? 'UTF-8' : encoding} text: it is binary data or uses another encoding. Save it as UTF-8 and import it again.`,
    );
  }
}

/** A legacy encoding the detector names for bytes that are not UTF-8, or null when none it names is one we read. */
function detectLegacy(bytes: Uint8Array): string | null {
  const candidates = chardet.analyse(bytes.subarray(0, 65_536));
  for (const c of candidates) {
    const encoding = LEGACY[c.name.toLowerCase()];
    if (encoding && c.confidence >= 10) return encoding;
  }
  return null;
}

/**
 * Decodes a text file: a BOM wins, then a page's declared charset (html), then strict UTF-8, then a
 * legacy encoding named by a detector (chardet). The bytes themselves are never changed: the
 * original is stored as it came. Binary data is refused with a message that says what to do.
 */
export function decodeText(bytes: Uint8Array, fileName: string, opts: { html?: boolean } = {}): DecodedText {
  const bom = bomEncoding(bytes);
  let encoding: string;
  let text: string;
  if (bom) {
    encoding = bom.encoding;
    text = decodeWith(bytes.subarray(bom.skip), encoding, fileName);
  } else {
    const declared = opts.html ? declaredHtmlCharset(bytes) : null;
    const known = declared ? (LEGACY[declared] ?? UNICODE[declared]) : undefined;
    if (known && known !== 'utf-8') {
      encoding = known;
      text = decodeWith(bytes, encoding, fileName);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        if (isUtf8CutShort(bytes)) {
          throw new AppError('invalid_input', `${fileName} is UTF-8 text cut off in the middle of a character (the file is incomplete). Nothing was imported.`);
        }
        // Too little text for the detector (a few accented letters) reads as windows-1252, as browsers do.
        const legacy = detectLegacy(bytes) ?? 'windows-1252';
        if (bytes.includes(0)) {
          throw new AppError(
            'invalid_input',
            `${fileName} is not UTF-8 text: it is binary data or uses an encoding Fieldnotes does not read (it reads UTF-8, UTF-16, windows-1256, ISO-8859-6, Latin-1 and windows-1252). Nothing was imported.`,
          );
        }
        encoding = legacy;
        text = decodeWith(bytes, encoding, fileName);
      }
    }
  }
  if (looksBinary(text)) {
    throw new AppError('invalid_input', `${fileName} looks like binary data, not text. Nothing was imported.`);
  }
  return { text, encoding };
}

/** Valid UTF-8 up to a last character that is cut short: a truncated file, not another encoding. */
function isUtf8CutShort(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** NUL characters, or more than 1 in 20 characters being control codes, mean this is not prose. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x80 && c < 0xa0) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
