import type { ImportKind } from '../../shared/schemas/article';

/** What an importer derives from an original's bytes. Metadata is optional; text is required. */
export interface ExtractedDocument {
  text: string;
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  sourceUrl?: string | null;
  /** The text encoding the file was read with (text formats), for the import report. */
  encoding?: string | null;
  /** When the file itself was made (PDF CreationDate, DOCX dcterms:created): provenance, never a publication date. */
  fileCreated?: string | null;
  /** Code-point offsets in `text` where each page begins (PDF), so a passage can cite its page. */
  pageStarts?: number[] | null;
  /** True when the file has no text layer (a scan): the article is kept with empty text to be transcribed. */
  needsTranscription?: boolean;
}

/** One import format. Each lives in its own module and is listed in interop/index.ts. */
export interface ImportFormat {
  kind: ImportKind;
  extensions: readonly string[];
  mediaType: string;
  extract(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument>;
}
