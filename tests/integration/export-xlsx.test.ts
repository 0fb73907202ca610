import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { xlsxFormat } from '../../src/node/export/formats/xlsx';
import type { ExportDataset } from '../../src/shared/schemas/export';
import { ARABIC, buildDemoEvidence } from '../helpers/export-case';
import { haveTools, libreOfficeConvert } from '../helpers/libreoffice';
import { tempWorkspace } from '../helpers/workspace';

const tools = haveTools('soffice');
if (!tools) console.warn('export-xlsx: soffice is not installed; the LibreOffice round trip is skipped');

let t: ReturnType<typeof tempWorkspace>;
let dataset: ExportDataset;
let bytes: Uint8Array;
beforeAll(async () => {
  t = tempWorkspace();
  const demo = await buildDemoEvidence(t.registry);
  dataset = buildExportDataset(t.ws.ctx, { kind: 'case', caseId: demo.caseId }, 'team', { now: '2026-03-10T09:00:00.000Z' });
  bytes = await xlsxFormat.render(dataset);
});
afterAll(() => t.remove());

const SHEETS = ['About', 'Figures', 'Quotes', 'Accounts', 'Coded segments', 'Actors', 'Incidents', 'Sources', 'Codes', 'Witnesses', 'Memos', 'Links', 'Texts'];

describe('the XLSX workbook', () => {
  it('has one sheet per table, header row frozen, numbers as numbers, dates as dates, Arabic cells right to left, the profile in every sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(SHEETS);
    expect(book.subject).toBe(dataset.profileNotice);
    const figures = book.getWorksheet('Figures')!;
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(figures.headerFooter.oddHeader).toContain('Profile: team.');
    const header = (figures.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = [2, 3, 4].map((r) => figures.getRow(r));
    const arabicRow = rows.find((r) => r.getCell(col('reporter')).value === ARABIC.reporter)!;
    expect(arabicRow.getCell(col('min')).value).toBe(1001);
    expect(arabicRow.getCell(col('max')).value).toBeNull();
    expect(arabicRow.getCell(col('reported_date')).value).toEqual(new Date('2025-03-09T00:00:00Z'));
    expect(arabicRow.getCell(col('reported_date')).numFmt).toBe('yyyy-mm-dd');
    expect(arabicRow.getCell(col('reporter')).alignment).toMatchObject({ readingOrder: 'rtl' });
    expect(arabicRow.getCell(col('figure_id')).alignment?.readingOrder).toBeUndefined();
    expect(arabicRow.getCell(col('wording')).value).toBe(ARABIC.figure);
    expect(typeof arabicRow.getCell(col('chars_start')).value).toBe('number');
  });

  it.skipIf(!tools)('opens in LibreOffice: every sheet back as CSV, cells equal, Arabic kept', () => {
    const converted = libreOfficeConvert(bytes, 'coastal.team.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
    try {
      // LibreOffice 7.4 writes one file per sheet: NAME-SHEET.csv
      expect(converted.outputs.map((p) => basename(p)).sort()).toEqual(SHEETS.map((s) => `coastal.team-${s}.csv`).sort());
      const sheet = (name: string) => Papa.parse<string[]>(readFileSync(converted.outputs.find((p) => p.endsWith(`-${name}.csv`))!, 'utf8'), { skipEmptyLines: true }).data;
      const figures = sheet('Figures');
      const [header, ...rows] = figures;
      const col = (name: string) => header.indexOf(name);
      expect(rows).toHaveLength(dataset.figures.length);
      for (const f of dataset.figures) {
        const row = rows.find((r) => r[col('figure_id')] === f.id)!;
        expect(row[col('reporter')]).toBe(f.reporterName);
        expect(row[col('wording')]).toBe(f.wording);
        expect(row[col('min')]).toBe(String(f.min));
        expect(row[col('reported_date')]).toBe(f.reportedDate);
        expect(row[col('citation')]).toBe(f.citation.text);
      }
      const quotes = sheet('Quotes');
      expect(quotes.flat()).toContain(ARABIC.quote);
      const sources = sheet('Sources');
      expect(sources.slice(1).map((r) => r[sources[0].indexOf('original_sha256')]).sort()).toEqual(dataset.articles.map((a) => a.original.sha256).sort());
      expect(sheet('About').flat()).toContain(dataset.profileNotice);
    } finally {
      converted.remove();
    }
  });
});
