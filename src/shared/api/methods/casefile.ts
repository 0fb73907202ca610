import { z } from 'zod';
import { Sha256 } from '../../schemas/common';
import { MAX_IMPORT_BASE64 } from '../../schemas/article';
import { VerifyReport } from '../../schemas/casefile';
import { ExportProfile, ExportScope, WithheldCounts } from '../../schemas/export';

const Request = { scope: ExportScope, profile: ExportProfile.default('team'), organization: z.string().trim().max(200).optional() };
const Made = { fileName: z.string(), bytes: z.number().int(), sha256: Sha256, files: z.number().int(), withheld: WithheldCounts };

/** Case files: a scope under a profile as a zipped BagIt bag (RFC 8493) that anyone can check without Fieldnotes. */
export const caseFileMethods = {
  'casefile.export': {
    summary: 'Write a case file (NAME.PROFILE.fieldnotes.zip, a BagIt bag) of a scope under a profile to an absolute path, atomically.',
    input: z.object({ ...Request, path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ ...Made, path: z.string() }),
  },
  'casefile.render': {
    summary: 'Make a case file of a scope under a profile and return its bytes (base64), for the app to save or download.',
    input: z.object(Request).strict(),
    output: z.object({ ...Made, mediaType: z.string(), dataBase64: z.string() }),
  },
  'casefile.verify': {
    summary: 'Check a case file (a file path, or its bytes as base64) against its manifests and the BagIt rules; lists each file altered, added or removed. Needs no workspace.',
    input: z
      .object({ path: z.string().min(1).max(4096).optional(), fileName: z.string().min(1).max(255).optional(), dataBase64: z.string().max(MAX_IMPORT_BASE64).optional() })
      .strict()
      .refine((x) => (x.path === undefined) !== (x.dataBase64 === undefined), { message: 'give either path or dataBase64' }),
    output: VerifyReport.extend({ fileName: z.string() }),
  },
} as const;
