import { z } from 'zod';
import { Sha256, Uuid } from '../../schemas/common';
import { ExportProfile, ExportScope, WithheldCounts } from '../../schemas/export';

const FormatId = z.string().min(1).max(40);
const Request = { scope: ExportScope, profile: ExportProfile.default('team'), format: FormatId };
/** Chosen by the caller, so that it can follow and cancel the export while it runs. */
const JobId = Uuid.optional();
export const ExportStage = z.enum(['collecting', 'rendering', 'writing', 'done', 'cancelled', 'failed']);
export type ExportStage = z.infer<typeof ExportStage>;

/** Exports of notes and reports: what a profile withholds before exporting, then the file itself. */
export const exportMethods = {
  'export.preview': {
    summary: 'What an export of a scope under a profile holds and withholds (counted), and the file name of each format; reads no witness identity.',
    input: z.object({ scope: ExportScope, profile: ExportProfile.default('team') }).strict(),
    output: z.object({
      title: z.string(),
      profile: ExportProfile,
      profileNotice: z.string(),
      withheld: WithheldCounts,
      counts: z.object({ articles: z.number().int(), segments: z.number().int(), figures: z.number().int(), quotes: z.number().int(), accounts: z.number().int(), memos: z.number().int() }),
      formats: z.array(z.object({ id: z.string(), label: z.string(), extension: z.string(), fileName: z.string() })),
    }),
  },
  'export.file': {
    summary: 'The exported file as bytes (base64), for a browser download.',
    input: z.object({ ...Request, jobId: JobId }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), byteSize: z.number().int(), sha256: Sha256, base64: z.string() }),
  },
  'export.save': {
    summary: 'Write the exported file to an absolute path (chosen in a save dialog): written under a temporary name and renamed at the end, so a cancelled or failed export leaves no file.',
    input: z.object({ ...Request, path: z.string().min(1).max(4096), jobId: JobId }).strict(),
    output: z.object({ path: z.string(), fileName: z.string(), byteSize: z.number().int(), sha256: Sha256 }),
  },
  'export.progress': {
    summary: 'Where a running export is (collecting, rendering, writing, done, cancelled, failed).',
    input: z.object({ jobId: Uuid }).strict(),
    output: z.object({ stage: ExportStage.nullable() }),
  },
  'export.cancel': {
    summary: 'Cancel a running export: it stops at its next step and writes nothing.',
    input: z.object({ jobId: Uuid }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
