import { AppError } from '../../shared/api/errors';

/**
 * Limits that keep a hostile or broken file from freezing the core or exhausting its memory.
 * Each is far beyond what a real article, report or codebook needs (figures in the README).
 */
export const LIMITS = {
  /** HTML: real news pages nest < 60 deep with < 20,000 elements. */
  htmlDepth: 512,
  htmlElements: 100_000,
  /** Above these, Mozilla Readability (whose cost grows steeply with depth) is skipped for the simpler extraction. */
  readabilityDepth: 128,
  readabilityElements: 40_000,
  /** Codebook XML: real codebooks nest < 10 deep. */
  xmlDepth: 256,
  xmlElements: 500_000,
  /** Bytes a compressed part may inflate to: one zip entry or PDF stream, and a whole file. */
  inflatedEntry: 96 * 1024 * 1024,
  inflatedTotal: 256 * 1024 * 1024,
  /** An XML part of a .docx that mammoth parses into a tree (a 1,000-page document.xml is ~30 MB). */
  docxXmlPart: 64 * 1024 * 1024,
  /** Compression ratio of a zip entry above which it is refused (text compresses < 20:1, zeros > 1,000:1). */
  zipRatio: 200,
  zipEntries: 10_000,
  /** Reading text of one import: as much as the largest text file the 50 MB import limit lets in. */
  textChars: 50_000_000,
  /** Wall-clock budget of one import's parsing, checked between steps. */
  budgetMs: 60_000,
} as const;

export function tooLarge(fileName: string, reason: string): AppError {
  return new AppError('too_large', `${fileName} ${reason}. Nothing was imported.`);
}

export function mib(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

/** A wall-clock budget checked between parsing steps (synchronous library calls cannot be interrupted). */
export class Budget {
  private readonly end: number;
  constructor(
    private readonly fileName: string,
    ms: number = LIMITS.budgetMs,
  ) {
    this.end = Date.now() + ms;
  }
  check(): void {
    if (Date.now() > this.end) throw tooLarge(this.fileName, `took more than ${LIMITS.budgetMs / 1000} seconds to read; it is too large or too complex`);
  }
}

/** Refuses reading text beyond the limit, before it reaches the database. */
export function checkTextLength(chars: number, fileName: string): void {
  if (chars > LIMITS.textChars) {
    throw tooLarge(fileName, `has more than ${(LIMITS.textChars / 1e6).toFixed(0)} million characters of text, more than Fieldnotes imports as one article; split it into parts`);
  }
}
