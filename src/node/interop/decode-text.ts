import { AppError } from '../../shared/api/errors';

/**
 * Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Binary data and invalid UTF-8 are refused with a message that says what to do.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(
      'invalid_input',
      `${fileName} is not UTF-8 text: it is binary data or uses another encoding. Save it as UTF-8 and import it again.`,
    );
  }
  if (looksBinary(text)) {
    throw new AppError('invalid_input', `${fileName} looks like binary data, not text. Nothing was imported.`);
  }
  return text;
}

/** NUL characters, or more than 1 in 20 characters being control codes, mean this is not prose. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
