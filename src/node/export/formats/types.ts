import type { ExportDataset } from '../../../shared/schemas/export';

/**
 * One export format: a module in this folder, listed once in index.ts. A format gets the export
 * data set and nothing else (no database, no workspace), so it can only write what the profile let
 * into the data set.
 */
export interface ExportFormat {
  id: string;
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mediaType: string;
  /** How the bytes hold their text (tests read every byte: as text, every entry of a zip, or the text of a PDF). */
  container: 'text' | 'zip' | 'pdf';
  render(dataset: ExportDataset): Promise<Uint8Array>;
}
