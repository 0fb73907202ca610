import { HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import { detectLanguage } from '../../../shared/domain/language';
import type { ExportText } from '../../../shared/schemas/export';

/**
 * Building blocks of the DOCX memo. Every paragraph knows its direction: Arabic text gets the bidi
 * flag on the paragraph (w:bidi) and on each run (w:rtl, with the Arabic language tag), so Word and
 * LibreOffice lay it out right to left; the characters stay in logical order (numbers included),
 * the layout engine reorders them for display.
 */

export const isArabic = (text: string) => detectLanguage(text) === 'ar';

const runDirection = (rtl: boolean): Partial<IRunOptions> => (rtl ? { rightToLeft: true, language: { value: 'en-GB', bidirectional: 'ar-SA' } } : {});

/** Runs of an exported text: a redacted span the profile keeps is struck through and followed by its reason; a withheld one is already "[redacted: reason]", in italics. */
export function textRuns(parts: ExportText, rtl: boolean, style: Partial<IRunOptions> = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of parts) {
    const base = { ...style, ...runDirection(rtl) };
    if (!part.redaction) runs.push(new TextRun({ ...base, text: part.text }));
    else if (part.redaction.withheld) runs.push(new TextRun({ ...base, text: part.text, italics: true }));
    else {
      runs.push(new TextRun({ ...base, text: part.text, strike: true }));
      runs.push(new TextRun({ ...base, text: ` [redacted: ${part.redaction.reason}]`, italics: true }));
    }
  }
  return runs;
}

const plain = (text: string): ExportText => [{ text, redaction: null }];

/** One paragraph of an exported text, right to left when it is Arabic. */
export function textParagraph(parts: ExportText, options: { style?: Partial<IRunOptions>; indent?: boolean; label?: string } = {}): Paragraph {
  const rtl = isArabic(parts.map((p) => p.text).join(''));
  const label = options.label ? [new TextRun({ text: `${options.label}: `, bold: true, ...runDirection(rtl) })] : [];
  return new Paragraph({
    bidirectional: rtl,
    indent: options.indent ? { start: 567 } : undefined,
    children: [...label, ...textRuns(parts, rtl, options.style)],
  });
}

/** A paragraph of plain text (direction from its script). */
export const para = (text: string, style: Partial<IRunOptions> = {}) => textParagraph(plain(text), { style });

/** "Label: value", or nothing when the value is empty. */
export const field = (label: string, value: string | null | undefined): Paragraph[] => (value ? [textParagraph(plain(value), { label })] : []);

export const heading = (text: string, level: 1 | 2 | 3 = 1) =>
  new Paragraph({ heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1], bidirectional: isArabic(text), children: [new TextRun({ text, ...runDirection(isArabic(text)) })] });

/** The citation line under a quote, figure or segment. */
export const citationParagraph = (citation: string) => para(`Source: ${citation}`, { size: 18, color: '555555' });

/** A colour as Word wants it ("#1f77b4" -> "1F77B4"); grey when it is not a hex colour. */
export const wordColor = (color: string) => (/^#?[0-9a-f]{6}$/i.test(color) ? color.replace('#', '').toUpperCase() : '888888');

/** A small block of the code's colour before its name. */
export const swatch = (color: string) => new TextRun({ text: '\u00a0\u00a0\u00a0\u00a0', shading: { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(color) } });

const cell = (content: string | Paragraph[], header: boolean) =>
  new TableCell({
    children: typeof content === 'string' ? [header ? para(content, { bold: true }) : para(content)] : content,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E7E7' } : undefined,
  });

/** A real Word table: a header row repeated on every page, then one row per record. */
export function table(headers: string[], rows: (string | Paragraph[])[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}
