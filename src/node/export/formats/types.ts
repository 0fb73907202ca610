import type { ExportDataset } from '../../../shared/schemas/export';

/** Told how many of the data set's records a format has rendered so far. */
export type RenderProgress = (rendered: number) => void;

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
  /** `progress`, when the format can say it, is told how many records it has rendered so far. */
  render(dataset: ExportDataset, progress?: RenderProgress): Promise<Uint8Array>;
}
