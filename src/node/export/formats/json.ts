import type { ExportFormat } from './types';

/** The data set itself, as JSON (the case-file bundle's case.json; its schema is ExportDataset). */
export const jsonFormat: ExportFormat = {
  id: 'json',
  label: 'JSON data set',
  extension: 'json',
  mediaType: 'application/json',
  container: 'text',
  async render(dataset) {
    return new TextEncoder().encode(`${JSON.stringify(dataset, null, 2)}\n`);
  },
};
