import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildExportDataset } from '../../src/node/export/dataset';
import { docxFormat } from '../../src/node/export/formats/docx';
import { ARABIC, buildDemoEvidence } from '../helpers/export-case';
import { haveTools, libreOfficeConvert, pdfPages } from '../helpers/libreoffice';
import { tempWorkspace } from '../helpers/workspace';

const tools = haveTools('soffice', 'pdftotext');
if (!tools) console.warn('export-docx: soffice or pdftotext is not installed; the LibreOffice checks are skipped');

let t: ReturnType<typeof tempWorkspace>;
let demo: Awaited<ReturnType<typeof buildDemoEvidence>>;
let bytes: Uint8Array;
beforeAll(async () => {
  t = tempWorkspace();
  demo = await buildDemoEvidence(t.registry);
  bytes = await docxFormat.render(buildExportDataset(t.ws.ctx, { kind: 'case', caseId: demo.caseId }, 'team', { now: '2026-03-10T09:00:00.000Z' }));
});
afterAll(() => t.remove());

/**
 * Arabic as pdftotext gives it back: without bidi embedding marks, and without the short vowels it
 * detaches from their letters; the lam-alef ligature comes out as its glyphs in visual order (لإ as إل).
 */
const pdfArabic = (text: string, expected = false) => {
  const bare = text.replace(/[\u064b-\u0652\u202a-\u202e]/g, '');
  return expected ? bare.replace(/ل([اأإآ])/g, '$1ل') : bare;
};

const documentXml = () => new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);

describe('the DOCX analyst memo', () => {
  it('sets the bidi flag on Arabic paragraphs and runs, characters in logical order', () => {
    const xml = documentXml();
    const paragraphs = xml.split('<w:p>').slice(1);
    const arabicQuote = paragraphs.find((p) => p.includes(ARABIC.quote))!;
    expect(arabicQuote).toContain('<w:bidi/>');
    expect(arabicQuote).toContain('<w:rtl/>');
    expect(arabicQuote).toContain('w:bidi="ar-SA"');
    const english = paragraphs.find((p) => p.includes('We hid in the orchard'))!;
    expect(english).not.toContain('<w:bidi/>');
    expect(english).not.toContain('<w:rtl/>');
  });

  it('shows the reconciliation as a real table: reporters side by side, qualifiers in words, nothing summed', () => {
    const xml = documentXml();
    const tbl = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(tbl).toContain('<w:tblHeader/>');
    const header = tbl.slice(0, tbl.indexOf('</w:tr>'));
    expect(header).toContain('SOHR');
    expect(header).toContain(ARABIC.reporter);
    expect(tbl).toContain('over 1,000');
    expect(tbl).toContain('killed, civilians');
    expect(tbl).not.toContain('1,745');
    expect(tbl).not.toContain('2,001');
  });

  it.skipIf(!tools)('opens in LibreOffice: every section, the profile on every page, Arabic text kept', () => {
    const pdf = libreOfficeConvert(bytes, 'coastal-killings-march-2025.team.docx', 'pdf');
    try {
      expect(pdf.outputs.map((p) => p.split('/').pop())).toEqual(['coastal-killings-march-2025.team.pdf']);
      const pages = pdfPages(pdf.outputs[0]);
      expect(pages.length).toBeGreaterThan(2);
      for (const page of pages) {
        expect(page).toContain('Profile: team.');
        expect(page).toMatch(/Profile: team · page \d+ of \d+/);
      }
      const text = pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain('Coastal killings, March 2025');
      expect(text).toContain('10 March 2026');
      for (const title of ['Casualty figures', 'Quotes', 'Eyewitness accounts', 'Coded segments', 'Memos', 'Sources']) expect(text).toContain(title);
      expect(text).toContain('over 1,000');
      expect(text).toContain('We hid in the orchard');
      expect(text).toContain('Compare the monitors before the briefing.');
      expect(text).toContain(demo.codes[0].name);
      expect(text).toMatch(/SHA-256/);
      const arabic = pdfArabic(text);
      for (const words of Object.values(ARABIC)) {
        for (const word of words.split(' ')) expect(arabic, word).toContain(pdfArabic(word, true));
      }
    } finally {
      pdf.remove();
    }
  });
});
