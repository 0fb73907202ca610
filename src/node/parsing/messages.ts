import { z } from 'zod';
import { ErrorCode } from '../../shared/api/errors';
import { ImportKind } from '../../shared/schemas/article';

/** What the host sends a parse worker: one file at a time. */
export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
}

const Field = z.string().nullable().optional();

/** What a parse worker sends back. The host validates every message: the worker reads hostile files. */
export const ParseReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('parsed'),
    kind: ImportKind,
    mediaType: z.string().min(1).max(200),
    doc: z.object({
      text: z.string(),
      title: Field,
      publisher: Field,
      author: Field,
      publishedAt: Field,
      sourceUrl: Field,
      encoding: Field,
      fileCreated: Field,
      pageStarts: z.array(z.number().int().nonnegative()).max(100_000).nullable().optional(),
      needsTranscription: z.boolean().optional(),
    }),
  }),
  z.object({ type: z.literal('refused'), code: ErrorCode, message: z.string() }),
  z.object({ type: z.literal('crashed'), message: z.string() }),
]);
export type ParseReply = z.infer<typeof ParseReply>;
