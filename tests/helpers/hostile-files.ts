import { constants, crc32, deflateRawSync } from 'node:zlib';
import { makeDocx, makePdf } from './make-documents';

/**
 * A corpus of hostile and broken files, generated in memory (nothing big is committed): what an
 * audit threw at the importers. Each file says what a correct import does with it: succeed with
 * text containing `contains`, or fail with one of `codes`.
 */
export interface HostileFile {
  label: string;
  fileName: string;
  bytes: Buffer;
  expect: { ok: true; contains: string } | { ok: false; codes: string[] } | { either: string[] };
}

export interface HostileCodebook {
  label: string;
  fileName: string;
  content: string;
  expect: { ok: false; codes: string[] };
}

const MiB = 1024 * 1024;
const TEXT = 'Residents said at least 60 people were killed in raids on two villages near the coast. ';

// ------------------------------------------------------------------ deflate bombs

/** Raw deflate data for `mib` MiB of zeros, made of 1 MiB sync-flushed pieces (about 1 KB each) and a final empty block. */
export function zerosDeflate(mib: number): Buffer {
  const piece = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: mib }, () => piece), end]);
}

/** zlib wrapping (RFC 1950) as PDF FlateDecode expects; the Adler-32 is not checked by readers. */
const zlibWrap = (raw: Buffer) => Buffer.concat([Buffer.from([0x78, 0xda]), raw, Buffer.alloc(4)]);

// ------------------------------------------------------------------ PDF

/** A one-page PDF whose content streams are `streams` (dictionary extras, raw bytes). */
function pdfWithStreams(streams: { dict: string; data: Buffer }[]): Buffer {
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const first = 4;
  const contents = streams.map((_, i) => `${first + i} 0 R`).join(' ');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${contents}] /Resources << /Font << /F1 ${first + streams.length} 0 R >> >> >>`),
    ...streams.map((s) => Buffer.concat([Buffer.from(`<< /Length ${s.data.length} ${s.dict} >>\nstream\n`), s.data, Buffer.from('\nendstream')])),
    Buffer.from(font),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const textStream = () => ({ dict: '', data: Buffer.from(`BT /F1 11 Tf 72 740 Td (${TEXT}) Tj ET`) });

function ascii85Encode(data: Buffer): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let v = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) digits.unshift(String.fromCharCode(0x21 + (v % 85))), (v = Math.floor(v / 85));
    out += digits.slice(0, Math.min(5, data.length - i + 1)).join('');
  }
  return out;
}

/** LZW codes (9-12 bits, MSB first, early change) that pdf.js decodes to ~`mib` MiB: the table's longest string, over and over. */
export function lzwBomb(mib: number): Buffer {
  const codes: number[] = [256, 0];
  for (let next = 258; next < 4095; next++) codes.push(next); // each code is the previous string plus one byte
  const longest = 4094;
  for (let out = 0; out < mib * MiB; out += 3800) codes.push(longest);
  codes.push(257);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  let nextCode = 258;
  let width = 9;
  codes.forEach((code, i) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
    if (i >= 2 && code !== 257) nextCode++;
    width = Math.min(12, Math.max(9, Math.floor(Math.log2(nextCode + 1)) + 1));
  });
  if (bits) bytes.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(bytes);
}

// ------------------------------------------------------------------ zip

interface ZipEntry { name: string; data: Buffer; method?: 0 | 8; declaredSize?: number; crc?: number }

/** A zip written by hand, so that sizes and methods can lie. `data` is already compressed when method is 8. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 8;
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const deflated = (text: string | Buffer): ZipEntry['data'] => deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text);
const entry = (name: string, text: string): ZipEntry => ({ name, data: deflated(text), declaredSize: Buffer.byteLength(text), crc: crc32(text) });
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const paragraph = `<w:p><w:r><w:t>${TEXT}</w:t></w:r></w:p>`;

/** A .docx whose parts are given; [Content_Types].xml and the relationships are added. */
function docx(parts: ZipEntry[]): Buffer {
  return makeZip([entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', RELS), ...parts]);
}

// ------------------------------------------------------------------ the corpus

const nested = (open: string, close: string, n: number, inner: string) => open.repeat(n) + inner + close.repeat(n);
const html = (body: string) => Buffer.from(`<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`);
const laughs = (root: string) =>
  `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>${root}`;

export function hostileArticles(): HostileFile[] {
  const refused = (...codes: string[]) => ({ ok: false as const, codes });
  const fine = (contains: string) => ({ ok: true as const, contains });
  const good = makeDocx([TEXT]);
  const pdf = makePdf([TEXT]);
  return [
    // HTML
    { label: '3,000 nested <div>s', fileName: 'deep.html', bytes: html(nested('<div>', '</div>', 3000, TEXT)), expect: refused('too_large') },
    { label: '200,000 nested <div>s', fileName: 'deeper.html', bytes: html(nested('<div>', '</div>', 200_000, TEXT)), expect: refused('too_large') },
    { label: '200,000 nested unclosed <span>s', fileName: 'unclosed.html', bytes: html('<span>'.repeat(200_000) + TEXT), expect: refused('too_large') },
    { label: '300,000 sibling elements', fileName: 'wide.html', bytes: html('<p>x</p>'.repeat(300_000)), expect: refused('too_large') },
    { label: 'nesting just inside the limit (500 levels)', fileName: 'deep-ok.html', bytes: html(nested('<div>', '</div>', 500, TEXT)), expect: fine('60 people') },
    { label: '2,000 unclosed <p> paragraphs (old HTML; the parser closes each)', fileName: 'old.html', bytes: html(`<p>${TEXT}`.repeat(2_000)), expect: fine('60 people') },
    { label: 'an SVG image saved as .html', fileName: 'image.html', bytes: Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>${TEXT}</text></svg>`), expect: refused('invalid_input') },
    { label: 'SVG root with HTML inside', fileName: 'svg-html.html', bytes: Buffer.from(`<svg><foreignObject><p>${TEXT}</p></foreignObject></svg>`), expect: { either: ['invalid_input'] } },
    { label: 'XHTML with a prolog, CDATA and self-closed tags', fileName: 'page.xhtml.html', bytes: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><div/><br/><p>${TEXT.repeat(4)}</p><![CDATA[ raw ]]><svg:svg xmlns:svg="http://www.w3.org/2000/svg"/></body></html>`), expect: fine('60 people') },
    { label: 'only a <frameset>', fileName: 'frames.html', bytes: Buffer.from('<html><frameset><frame src="a.html"></frameset></html>'), expect: refused('invalid_input') },
    { label: 'HTML cut off mid-tag', fileName: 'cut.html', bytes: html(`<article><p>${TEXT.repeat(5)}</p><p class="x`), expect: fine('60 people') },
    { label: 'a script holding a million "<div>"s', fileName: 'script.html', bytes: html(`<p>${TEXT.repeat(5)}</p><script>var s = "${'<div>'.repeat(1_000_000)}";</script>`), expect: fine('60 people') },
    // PDF
    { label: 'PDF with a FlateDecode stream of 2 GiB of zeros (2 MB of data)', fileName: 'bomb.pdf', bytes: pdfWithStreams([textStream(), { dict: '/Filter /FlateDecode', data: zlibWrap(zerosDeflate(2048)) }]), expect: refused('too_large') },
    { label: 'PDF whose bomb hides behind an indirect /Filter', fileName: 'bomb-indirect.pdf', bytes: pdfWithStreams([textStream(), { dict: '/Filter 99 0 R', data: zlibWrap(zerosDeflate(512)) }]), expect: refused('too_large') },
    { label: 'PDF with a doubly FlateDecoded bomb (small outside, 4 GiB inside)', fileName: 'bomb2.pdf', bytes: pdfWithStreams([textStream(), { dict: '/Filter [/FlateDecode /FlateDecode]', data: zlibWrap(deflateRawSync(zlibWrap(zerosDeflate(4096)))) }]), expect: refused('too_large') },
    { label: 'PDF with a bomb wrapped in ASCIIHex', fileName: 'bomb-hex.pdf', bytes: pdfWithStreams([textStream(), { dict: '/Filter [/ASCIIHexDecode /FlateDecode]', data: Buffer.from(`${zlibWrap(zerosDeflate(256)).toString('hex')}>`) }]), expect: refused('too_large') },
    { label: 'PDF with a bomb wrapped in ASCII85', fileName: 'bomb-a85.pdf', bytes: pdfWithStreams([textStream(), { dict: '/Filter [/ASCII85Decode /FlateDecode]', data: Buffer.from(`${ascii85Encode(zlibWrap(zerosDeflate(256)))}~>`) }]), expect: refused('too_large') },
    { label: 'PDF with an LZWDecode bomb', fileName: 'bomb-lzw.pdf', bytes: pdfWithStreams([textStream(), { dict: '/Filter /LZWDecode', data: lzwBomb(1024) }]), expect: refused('too_large') },
    { label: 'PDF with 400 streams of 1 MiB each (more than the total cap)', fileName: 'many.pdf', bytes: pdfWithStreams([textStream(), ...Array.from({ length: 400 }, () => ({ dict: '/Filter /FlateDecode', data: zlibWrap(zerosDeflate(1)) }))]), expect: refused('too_large') },
    { label: 'PDF with 2,000 small streams', fileName: 'many-small.pdf', bytes: pdfWithStreams(Array.from({ length: 2000 }, textStream)), expect: fine('60 people') },
    { label: 'PDF cut in half', fileName: 'half.pdf', bytes: pdf.subarray(0, pdf.length >> 1), expect: refused('invalid_input') },
    { label: 'PDF header then noise', fileName: 'noise.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))]), expect: refused('invalid_input') },
    // DOCX and zip
    { label: 'DOCX with a 2 GiB entry of zeros', fileName: 'bomb.docx', bytes: docx([entry('word/document.xml', documentXml(paragraph)), { name: 'word/media/big.bin', data: zerosDeflate(2048), declaredSize: 2048 }]), expect: refused('too_large') },
    { label: 'DOCX whose document.xml inflates to 1 GiB', fileName: 'bomb-xml.docx', bytes: docx([{ name: 'word/document.xml', data: zerosDeflate(1024), declaredSize: 1000 }]), expect: refused('too_large') },
    { label: 'zip entry whose declared size lies (100 bytes said, 8 MiB inside)', fileName: 'liar.docx', bytes: docx([{ name: 'word/document.xml', data: deflated(documentXml(paragraph.repeat(90_000))), declaredSize: 100 }]), expect: refused('invalid_input') },
    { label: 'zip with 20,000 entries', fileName: 'crowd.docx', bytes: docx([entry('word/document.xml', documentXml(paragraph)), ...Array.from({ length: 20_000 }, (_, i) => ({ name: `x/${i}`, data: Buffer.alloc(0), method: 0 as const }))]), expect: refused('too_large') },
    { label: 'DOCX with billion-laughs entities', fileName: 'laughs.docx', bytes: docx([entry('word/document.xml', laughs(documentXml('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>')))]), expect: refused('invalid_input') },
    { label: 'DOCX nested 100,000 levels deep', fileName: 'deep.docx', bytes: docx([entry('word/document.xml', documentXml(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 100_000, paragraph)))]), expect: { either: ['invalid_input', 'too_large'] } },
    { label: 'DOCX cut in half', fileName: 'half.docx', bytes: good.subarray(0, good.length >> 1), expect: refused('invalid_input') },
    { label: 'DOCX with a corrupt deflate stream', fileName: 'corrupt.docx', bytes: docx([{ name: 'word/document.xml', data: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x11, 0x22]), declaredSize: 5000 }]), expect: refused('invalid_input') },
    { label: 'DOCX with an unknown compression method', fileName: 'bzip.docx', bytes: docx([{ name: 'word/document.xml', data: Buffer.from('BZh91AY'), method: 12 as 8, declaredSize: 5000 }]), expect: refused('unsupported_type', 'invalid_input') },
    { label: 'zip without word/document.xml', fileName: 'other.docx', bytes: makeZip([entry('hello.txt', 'hello')]), expect: refused('invalid_input') },
    { label: 'random bytes named .docx', fileName: 'random.docx', bytes: Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131) % 256)), expect: refused('invalid_input') },
    // Text
    { label: 'text with NUL bytes', fileName: 'nul.txt', bytes: Buffer.from(`${TEXT}\u0000\u0000${TEXT}`), expect: refused('invalid_input') },
    { label: 'Markdown with NUL bytes', fileName: 'nul.md', bytes: Buffer.from(`# T\n\n${TEXT}\u0000`), expect: refused('invalid_input') },
    { label: 'HTML with NUL bytes', fileName: 'nul.html', bytes: html(`<p>${TEXT}\u0000</p>`), expect: refused('invalid_input') },
    { label: 'text cut inside a UTF-8 character', fileName: 'cut.txt', bytes: Buffer.from(`${TEXT}é`).subarray(0, Buffer.byteLength(`${TEXT}é`) - 1), expect: refused('invalid_input') },
    { label: 'UTF-16 text cut to an odd length', fileName: 'odd.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le').subarray(0, 41)]), expect: refused('invalid_input') },
  ];
}

export function hostileCodebooks(): HostileCodebook[] {
  const qdc = (codes: string) => `<?xml version="1.0" encoding="UTF-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`;
  const guid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const chain = Array.from({ length: 20_000 }, (_, i) => ({ id: guid(i + 1), parentId: i ? guid(i) : null, name: `c${i}`, color: '#0072b2', description: { definition: '', whenToUse: '', whenNotToUse: '', example: '' } }));
  const good = qdc('<Code guid="5215cc69-0000-4000-8000-000000000001" name="Killing" isCodable="true"/>');
  return [
    { label: '.qdc nested 100,000 levels deep', fileName: 'deep.qdc', content: qdc(nested('<Code name="c">', '</Code>', 100_000, '')), expect: { ok: false, codes: ['too_large'] } },
    { label: '.qdc with 600,000 elements', fileName: 'wide.qdc', content: qdc('<Code name="c"/>'.repeat(600_000)), expect: { ok: false, codes: ['too_large'] } },
    { label: '.qdc with billion-laughs entities', fileName: 'laughs.qdc', content: laughs('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="&lol9;"/></Codes></CodeBook>'), expect: { ok: false, codes: ['invalid_input'] } },
    { label: '.qdc cut in half', fileName: 'half.qdc', content: good.slice(0, good.length >> 1), expect: { ok: false, codes: ['invalid_input'] } },
    { label: '.qdc that is an SVG', fileName: 'image.qdc', content: '<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', expect: { ok: false, codes: ['invalid_input'] } },
    { label: 'JSON codebook whose codes nest 20,000 deep', fileName: 'deep.json', content: JSON.stringify({ format: 'fieldnotes-codebook', version: 1, name: 'x', codes: chain }), expect: { ok: false, codes: ['too_large'] } },
    { label: 'JSON codebook cut in half', fileName: 'half.json', content: '{"format":"fieldnotes-codebook","version":1,"codes":[{"id"', expect: { ok: false, codes: ['invalid_input'] } },
  ];
}

/** The decompression bombs and oversized pages: imported in a child process whose peak RSS is measured (tests/helpers/hostile-rss.ts). */
export const isBomb = (file: HostileFile) => /bomb|liar|crowd|deeper|wide|unclosed|many\./.test(file.fileName);

/** What a user may read: a sentence, never a library's words, a stack or a placeholder. */
export const INTERNAL_WORDS = /undefined|\bnull\b|NaN|Cannot |Maximum call stack|RangeError|TypeError|SyntaxError|Error:|ENOENT|\[object|\n\s+at |firstElementChild/;
