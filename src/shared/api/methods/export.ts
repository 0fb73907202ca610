import { z } from 'zod';
import { Sha256, Uuid } from '../../schemas/common';
import { ExportProfile, ExportScope, WithheldCounts } from '../../schemas/export';

/** Formats an export can be asked for (each is a module of src/node/export/formats). */
export const ExportFormatId = z.enum(['md', 'mdzip', 'csv', 'html', 'pdf', 'docx', 'xlsx', 'json', 'qdpx']);
export type ExportFormatId = z.infer<typeof ExportFormatId>;

/** Chosen by the caller, so that it can follow (export.progress) and cancel (export.cancel) the export while it runs. */
const JobId = Uuid.optional();
const Request = { scope: ExportScope, profile: ExportProfile.default('team'), format: ExportFormatId, jobId: JobId };
const Counts = z.record(z.string(), z.number().int());
export const ExportStage = z.enum(['collecting', 'rendering', 'writing', 'done', 'cancelled', 'failed']);
export type ExportStage = z.infer<typeof ExportStage>;

/** Exports of notes and reports through the one pipeline (scope + profile -> data set -> format). */
export const exportMethods = {
  'export.formats': {
    summary: 'The export formats: id, label, file extension and media type.',
    input: z.object({}).strict(),
    output: z.object({ formats: z.array(z.object({ id: z.string(), label: z.string(), extension: z.string(), mediaType: z.string() })) }),
  },
  'export.preview': {
    summary: 'What an export of a scope under a profile withholds (counted, in words) and the file name it gets, without writing anything; reads no witness identity.',
    input: z.object({ scope: ExportScope, profile: ExportProfile.default('team'), format: ExportFormatId.optional() }).strict(),
    output: z.object({ title: z.string(), fileName: z.string(), profileNotice: z.string(), withheld: WithheldCounts, counts: Counts }),
  },
  'export.render': {
    summary: 'Render an export and return its bytes (base64) with its file name, for the app to save or download.',
    input: z.object(Request).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.string(), sha256: Sha256, withheld: WithheldCounts }),
  },
  'export.run': {
    summary: 'Render an export and write it to an absolute file path (written under a temporary name and renamed at the end: a cancelled or failed export leaves no file).',
    input: z.object({ ...Request, path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ path: z.string(), fileName: z.string(), mediaType: z.string(), bytes: z.number().int(), sha256: Sha256, withheld: WithheldCounts }),
  },
  'export.progress': {
    summary: 'Where a running export is (collecting, rendering, writing, done, cancelled, failed; null for an unknown job) and, once rendering starts, how many of its records are rendered.',
    input: z.object({ jobId: Uuid }).strict(),
    output: z.object({ stage: ExportStage.nullable(), records: z.object({ total: z.number().int(), rendered: z.number().int() }).nullable() }),
  },
  'export.cancel': {
    summary: 'Cancel a running export: its rendering is stopped at once and nothing is written.',
    input: z.object({ jobId: Uuid }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'articles.original': {
    summary: 'The imported bytes of an article’s original, unchanged (base64), checked against its SHA-256.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ articleId: Uuid, fileName: z.string(), mediaType: z.string(), sha256: Sha256, byteSize: z.number().int(), dataBase64: z.string() }),
  },
} as const;
