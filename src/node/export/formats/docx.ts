import type { ExportFormat } from './types';

/** The DOCX analyst memo (docx-memo.ts); the docx library is loaded only when a memo is made, so the CLI and app start without it. */
export const docxFormat: ExportFormat = {
  id: 'docx',
  label: 'Word memo (DOCX)',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  container: 'zip',
  render: async (dataset) => (await import('./docx-memo')).renderDocx(dataset),
};
