/**
 * What a case file may unpack to before it is refused as a "zip bomb": far beyond a real case
 * (originals are at most 50 MB each, the import limit), small enough to keep the core alive.
 */
export interface CaseFileLimits {
  entries: number;
  /** Bytes one file may inflate to. */
  entryBytes: number;
  /** Bytes the whole case file may inflate to. */
  totalBytes: number;
  /** Compression ratio above which a file larger than 1 MB is refused (text compresses < 20:1, zeros > 1,000:1). */
  ratio: number;
}

export const CASE_FILE_LIMITS: CaseFileLimits = {
  entries: 100_000,
  entryBytes: 256 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  ratio: 200,
};

export const RATIO_CHECKED_ABOVE = 1024 * 1024;
