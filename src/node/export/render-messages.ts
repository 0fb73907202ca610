import { z } from 'zod';
import { ErrorCode } from '../../shared/api/errors';
import type { ExportDataset } from '../../shared/schemas/export';

/** What the host sends a render worker: one export at a time. */
export interface RenderRequest {
  format: string;
  dataset: ExportDataset;
  /** Where to write the file (a new temporary name the host renames at the end); absent: send the bytes back. */
  partialPath?: string;
}

/** What a render worker sends back; the host validates every message. */
export const RenderReply = z.discriminatedUnion('type', [
  /** Records rendered so far, and the stage when the worker moves on to writing. */
  z.object({ type: z.literal('progress'), rendered: z.number().int().nonnegative().optional(), stage: z.literal('writing').optional() }),
  /** PDF: the HTML report, for the host's printer (Chromium or Electron) to print. */
  z.object({ type: z.literal('html'), html: z.string() }),
  z.object({ type: z.literal('rendered'), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array) }),
  z.object({ type: z.literal('written'), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ type: z.literal('refused'), code: ErrorCode, message: z.string() }),
  z.object({ type: z.literal('crashed'), message: z.string() }),
]);
export type RenderReply = z.infer<typeof RenderReply>;

/** How many records an export holds (what progress counts). */
export const recordCount = (d: ExportDataset): number =>
  d.articles.length + d.segments.length + d.figures.length + d.quotes.length + d.accounts.length + d.memos.length + d.incidents.length + d.witnesses.length;
