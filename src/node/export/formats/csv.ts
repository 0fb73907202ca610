import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { Citation, ExportDataset } from '../../../shared/schemas/export';
import { exportTables as csvTables, type Row } from '../tables';
import type { ExportFormat } from './types';

/** RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM so spreadsheets read Arabic, cells starting with = + - @ escaped against formula injection. */
export function toCsv(rows: Row[], columns: string[]): string {
  return `\ufeff${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n', escapeFormulae: true, header: true })}\r\n`;
}

/** The header of a table even when it has no rows. */
function columnsOf(tables: Record<string, Row[]>, name: string, empty: ExportDataset): string[] {
  const first = tables[name][0];
  if (first) return Object.keys(first);
  return Object.keys(csvTables(withOneOfEach(empty))[name][0] ?? {});
}

/** A data set with one blank record per table, to read the column names of an empty table. */
function withOneOfEach(d: ExportDataset): ExportDataset {
  const cite: Citation = { articleId: null, publisher: null, title: '', date: null, start: null, end: null, sha256: null, text: '' };
  const id = '00000000-0000-4000-8000-000000000000';
  const blank = <T>(x: unknown) => [x as T];
  return {
    ...d,
    articles: blank({ id, title: '', publisher: null, author: null, publishedAt: null, language: '', sourceUrl: null, notes: null, original: { sha256: '', mediaType: '', fileName: null, byteSize: 0, capturedAt: '', kind: 'text', shareable: true }, grading: null, text: [], codeIds: [], caseIds: [] }),
    figures: blank({ id, passage: null, codeIds: [], citation: cite }),
    quotes: blank({ id, text: [], codeIds: [], citation: cite }),
    accounts: blank({ id, narrative: [], translation: [], codeIds: [] }),
    segments: blank({ id, selector: { start: 0, end: 0, exact: '', prefix: '', suffix: '' }, passage: [], codeIds: [], citation: cite }),
    codes: blank({ id, description: { definition: '' } }),
    actors: blank({ id, aliases: [], codeIds: [] }),
    incidents: blank({ id, codeIds: [] }),
    witnesses: blank({ id, consent: [], identity: null }),
    memos: blank({ id, text: [] }),
    links: blank({ id }),
  };
}

/** The zip: one CSV per table and a text file naming the export, its profile and what it withholds. */
export function renderCsvZip(d: ExportDataset): Uint8Array {
  const tables = csvTables(d);
  const files: Record<string, Uint8Array> = {};
  const about = [d.title, d.profileNotice, d.withheld.summary.length ? `Withheld: ${d.withheld.summary.join(', ')}.` : 'Nothing withheld.', `${d.generator}, ${d.generatedAt}`, '', 'Tables (UTF-8 with BOM, RFC 4180, ISO dates; ids tie the tables together; chars are code points of the reading text):', ...Object.keys(tables).map((t) => `  ${t}.csv`)];
  files['README.txt'] = strToU8(`${about.join('\r\n')}\r\n`);
  for (const name of Object.keys(tables)) files[`${name}.csv`] = strToU8(toCsv(tables[name], columnsOf(tables, name, d)));
  return zipSync(files, { level: 6, mtime: new Date(d.generatedAt) });
}

export const csvFormat: ExportFormat = {
  id: 'csv',
  label: 'CSV tables (zip)',
  extension: 'csv.zip',
  mediaType: 'application/zip',
  container: 'zip',
  async render(dataset) {
    return renderCsvZip(dataset);
  },
};
