import { strToU8, zipSync } from 'fflate';

function pdfString(s: string): string {
  return '(' + s.replace(/[\\()]/g, (c) => '\\' + c) + ')';
}

/** A minimal, valid one-page PDF with a real text layer (Helvetica, ASCII lines) and an Info dictionary. */
export function makePdf(lines: string[], info: { title?: string; author?: string; created?: string } = {}): Buffer {
  const content = `BT /F1 11 Tf 72 740 Td 15 TL ${lines.map((l) => `${pdfString(l)} Tj T*`).join(' ')} ET`;
  const infoDict = [
    info.title ? `/Title ${pdfString(info.title)}` : '',
    info.author ? `/Author ${pdfString(info.author)}` : '',
    info.created ? `/CreationDate ${pdfString(info.created)}` : '',
  ].join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< ${infoDict} >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal .docx (Office Open XML) with paragraphs and core properties. */
export function makeDocx(paragraphs: string[], core: { title?: string; creator?: string; created?: string } = {}): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        (core.title ? `<dc:title>${esc(core.title)}</dc:title>` : '') +
        (core.creator ? `<dc:creator>${esc(core.creator)}</dc:creator>` : '') +
        (core.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : '') +
        '</cp:coreProperties>',
    ),
  };
  return Buffer.from(zipSync(files));
}

/**
 * A legal but slow page: one article of `paragraphs` paragraphs. Reading it builds a DOM of the
 * whole page, so it takes seconds (20,000 paragraphs, 2.6 MB) and hundreds of MB (60,000).
 */
export function makeLongHtml(paragraphs: number): Buffer {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: witnesses said the convoy passed the checkpoint at dawn and that several houses were searched before noon.</p>`,
  ).join('\n');
  return Buffer.from(`<!doctype html><html><head><title>A long report</title></head><body><article>${body}</article></body></html>`, 'utf8');
}
