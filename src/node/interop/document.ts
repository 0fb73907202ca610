import type { ImportKind } from '../../shared/schemas/article';

/** What an importer derives from an original's bytes. Metadata is optional; text is required. */
export interface ExtractedDocument {
  text: string;
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  sourceUrl?: string | null;
}

/** One import format. Each lives in its own module and is listed in interop/index.ts. */
export interface ImportFormat {
  kind: ImportKind;
  extensions: readonly string[];
  mediaType: string;
  extract(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument>;
}
