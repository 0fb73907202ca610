import type { ExportFormat } from './types';

/** The XLSX workbook (xlsx-workbook.ts); exceljs is loaded only when a workbook is made, so the CLI and app start without it. */
export const xlsxFormat: ExportFormat = {
  id: 'xlsx',
  label: 'Spreadsheet (XLSX)',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  container: 'zip',
  render: async (dataset, progress) => (await import('./xlsx-workbook')).renderXlsx(dataset, progress),
};
