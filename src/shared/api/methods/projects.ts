import { z } from 'zod';
import { ImportBase64 } from '../../schemas/article';
import { ProjectImportReport } from '../../schemas/project-import';

/** REFI-QDA project exchange (.qdpx): the export is the `qdpx` export format; this is the import. */
export const projectMethods = {
  'projects.import': {
    summary: 'Import a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Fieldnotes) given as base64 bytes: sources, codings, codes, cases and notes, in one transaction; ends with a problems report.',
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        dataBase64: ImportBase64,
      })
      .strict(),
    output: ProjectImportReport,
  },
} as const;
