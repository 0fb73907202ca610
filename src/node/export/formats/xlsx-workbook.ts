import ExcelJS from 'exceljs';
import { detectLanguage } from '../../../shared/domain/language';
import type { ExportDataset } from '../../../shared/schemas/export';
import type { RenderProgress } from './types';
import { PROFILE_RULES } from '../profiles';
import { exportTables, markedText, type Cell, type Row } from '../tables';

/** Sheet names as a spreadsheet shows them, in the order of the workbook (the CSV tables, one sheet each). */
const SHEETS: Record<string, string> = {
  figures: 'Figures',
  quotes: 'Quotes',
  accounts: 'Accounts',
  coded_segments: 'Coded segments',
  actors: 'Actors',
  incidents: 'Incidents',
  sources: 'Sources',
  codes: 'Codes',
  witnesses: 'Witnesses',
  memos: 'Memos',
  links: 'Links',
  texts: 'Texts',
};

/** A spreadsheet cell holds at most 32,767 characters: longer texts go on several rows. */
const CELL_LIMIT = 32_000;

/** The reading text of every source, after redaction, cut into parts that fit a cell. */
function textRows(d: ExportDataset): Row[] {
  return d.articles.flatMap((a) => {
    const cps = [...markedText(a.text)];
    const parts = Math.max(1, Math.ceil(cps.length / CELL_LIMIT));
    return Array.from({ length: parts }, (_, i) => ({ article_id: a.id, title: a.title, part: i + 1, text: cps.slice(i * CELL_LIMIT, (i + 1) * CELL_LIMIT).join('') }));
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** Columns that hold dates (so "2025-03-09" there is a date, and anywhere else stays text). */
const DATE_COLUMN = /(?:date|_at|^start|^end|period_start|period_end)$/;

/** A cell's value as the spreadsheet should hold it: numbers as numbers, ISO dates as dates (UTC), the rest as text. */
function cellValue(column: string, value: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null || value === '') return { value: null };
  if (typeof value !== 'string' || !DATE_COLUMN.test(column)) return { value };
  if (DAY.test(value)) return { value: new Date(`${value}T00:00:00Z`), numFmt: 'yyyy-mm-dd' };
  if (INSTANT.test(value)) return { value: new Date(value), numFmt: 'yyyy-mm-dd hh:mm:ss' };
  return { value };
}

const isArabic = (value: unknown) => typeof value === 'string' && detectLanguage(value) === 'ar';

function addSheet(book: ExcelJS.Workbook, d: ExportDataset, name: string, rows: Row[]) {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    headerFooter: { oddHeader: `&L${d.title}&R${d.profileNotice.replace(/&/g, '&&')}`, oddFooter: `&LProfile: ${d.profile}&RPage &P of &N` },
  });
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  sheet.columns = columns.map((key) => ({ header: key, key, width: Math.min(60, Math.max(12, key.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow({});
    columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      const { value, numFmt } = cellValue(column, row[column]);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      // Arabic cells read right to left (numbers inside stay in logical order).
      if (isArabic(value)) cell.alignment = { readingOrder: 'rtl', horizontal: 'right', wrapText: true };
    });
  }
  if (!rows.length) sheet.getCell('A1').value = 'No records of this kind in the export.';
}

/** A workbook: an About sheet naming the export, its profile and what it withholds, then one sheet per table, header row frozen. */
export async function renderXlsx(d: ExportDataset, progress?: RenderProgress): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = d.generator;
  book.title = d.title;
  book.subject = d.profileNotice;
  book.keywords = `fieldnotes export, profile ${d.profile}`;
  book.created = new Date(d.generatedAt);
  book.modified = new Date(d.generatedAt);
  const about = book.addWorksheet('About', { views: [{ state: 'frozen', ySplit: 1 }] });
  about.columns = [
    { header: 'Export', key: 'k', width: 24 },
    { header: d.title, key: 'v', width: 100 },
  ];
  about.getRow(1).font = { bold: true };
  for (const [k, v] of [
    ['Profile', `${PROFILE_RULES[d.profile].label} (${d.profile})`],
    ['What the profile means', d.profileNotice],
    ['Withheld', d.withheld.summary.join('; ') || 'nothing'],
    ['Made', d.generatedAt.slice(0, 10)],
    ['By', d.generator],
    ['Ids', 'Every row carries the ids that tie it to the other sheets; chars are code points of the reading text.'],
  ] as const) {
    const row = about.addRow({ k, v });
    if (k === 'Made') {
      row.getCell(2).value = new Date(`${v}T00:00:00Z`);
      row.getCell(2).numFmt = 'yyyy-mm-dd';
    }
  }
  const tables: Record<string, Row[]> = { ...exportTables(d), texts: textRows(d) };
  let rows = 0;
  for (const [key, name] of Object.entries(SHEETS)) {
    addSheet(book, d, name, tables[key] ?? []);
    // Rows are records (and a few actors); the job counts no more than the records it holds.
    progress?.((rows += (tables[key] ?? []).length));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
