import { strToU8, zipSync } from 'fflate';
import { projectOf } from '../../interop/refi-qda/from-dataset';
import { stableGuid } from '../../interop/refi-qda/guid';
import { writeQde } from '../../interop/refi-qda/write-qde';
import type { ExportFormat } from './types';

/** A REFI-QDA project (project.qde and sources/GUID.txt in a zip) for NVivo, ATLAS.ti, MAXQDA and QualCoder. */
export const qdpxFormat: ExportFormat = {
  id: 'qdpx',
  label: 'REFI-QDA project (QDPX)',
  extension: 'qdpx',
  mediaType: 'application/zip',
  container: 'zip',
  async render(dataset) {
    const { project, texts } = projectOf(dataset);
    const files: Record<string, Uint8Array> = { 'project.qde': strToU8(writeQde(project, (owner, code) => stableGuid('coding', owner, code))) };
    for (const [name, text] of texts) files[`sources/${name}`] = strToU8(text);
    return zipSync(files, { level: 6, mtime: new Date(dataset.generatedAt) });
  },
};
