import { AppError } from '../../shared/api/errors';
import { LIMITS } from './limits';

/**
 * A strict well-formedness scan for codebook XML. linkedom alone accepts unclosed tags, stray text,
 * undefined entities and several root elements, so files are checked here first.
 */

const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][\\w.:\\-\\u00B7\\u00C0-\\uFFFF]*';
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const REFERENCE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const isXmlChar = (c: number) => c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
const charOf = (dec?: string, hex?: string) => String.fromCodePoint(dec ? Number(dec) : parseInt(hex ?? '', 16));
const decodeReferences = (s: string) => s.replace(new RegExp(REFERENCE.source, 'g'), (_m, dec?: string, hex?: string, named?: string) => (named ? NAMED[named] : charOf(dec, hex)));

interface Scan { src: string; out: string[]; open: { name: string; at: number }[]; roots: number; elements: number; codebookName: string | null }

function fail(scan: Scan, what: string, at: number): never {
  const line = scan.src.slice(0, at).split('\n').length;
  throw new AppError('invalid_input', `The codebook file is not well-formed XML: ${what} (line ${line}).`);
}

/** Only XML's five entities and character references to allowed characters. */
function checkReferences(scan: Scan, text: string, offset: number): void {
  for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
    REFERENCE.lastIndex = k;
    const m = REFERENCE.exec(text);
    const word = /^&[^\s&<;]{1,30};/.exec(text.slice(k))?.[0];
    if (!m) fail(scan, word ? `the entity “${word}” is not defined in XML` : 'a bare “&” that should be written “&amp;”', offset + k);
    const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : 0x20;
    if (!isXmlChar(code)) fail(scan, `the character reference “${m[0]}” is not allowed in XML`, offset + k);
  }
}

function skipPast(scan: Scan, from: number, token: string, what: string): number {
  const end = scan.src.indexOf(token, from);
  return end < 0 ? fail(scan, `${what} is never closed`, from) : end + token.length;
}

/** A DOCTYPE is skipped, unless it declares entities: those are refused outright. */
function skipDoctype(scan: Scan, lt: number): number {
  const { src } = scan;
  const bracket = src.indexOf('[', lt);
  const gt = src.indexOf('>', lt);
  const end = bracket >= 0 && (gt < 0 || bracket < gt) ? src.indexOf('>', Math.max(src.indexOf(']', bracket), bracket)) : gt;
  if (/<!ENTITY/i.test(src.slice(lt, end < 0 ? src.length : end))) {
    throw new AppError('invalid_input', 'The codebook file declares XML entities (<!ENTITY …>), which Fieldnotes refuses for safety. Export the codebook again without a DOCTYPE.');
  }
  if (scan.open.length || scan.roots) fail(scan, 'a DOCTYPE after the start of the document', lt);
  return end < 0 ? fail(scan, 'the DOCTYPE is never closed', lt) : end + 1;
}

function readEndTag(scan: Scan, lt: number): number {
  END_TAG.lastIndex = lt;
  const m = END_TAG.exec(scan.src) ?? fail(scan, `a broken closing tag “${scan.src.slice(lt, lt + 30)}”`, lt);
  const top = scan.open.pop() ?? fail(scan, `</${m[1]}> closes an element that was never opened`, lt);
  if (top.name !== m[1]) fail(scan, `</${m[1]}> closes <${top.name}> (opened on line ${scan.src.slice(0, top.at).split('\n').length})`, lt);
  scan.out.push(m[0]);
  return lt + m[0].length;
}

function readStartTag(scan: Scan, lt: number): number {
  START_TAG.lastIndex = lt;
  const m = START_TAG.exec(scan.src) ?? fail(scan, `a broken tag “${scan.src.slice(lt, lt + 30).split('\n')[0]}”`, lt);
  if (!scan.open.length && scan.roots++) fail(scan, 'there is more than one top element', lt);
  const seen = new Set<string>();
  for (const a of m[2].matchAll(ATTRIBUTE)) {
    if (seen.has(a[1])) fail(scan, `the attribute “${a[1]}” appears twice in <${m[1]}>`, lt);
    seen.add(a[1]);
    checkReferences(scan, a[2] ?? a[3] ?? '', lt);
  }
  if (!m[3]) scan.open.push({ name: m[1], at: lt });
  if (scan.open.length > LIMITS.xmlDepth) {
    throw new AppError('too_large', `The codebook file nests elements more than ${LIMITS.xmlDepth} levels deep (codebooks nest fewer than 20), so it cannot be read safely. Nothing was imported.`);
  }
  if (++scan.elements > LIMITS.xmlElements) {
    throw new AppError('too_large', `The codebook file has more than ${LIMITS.xmlElements.toLocaleString('en')} elements, so it cannot be read safely. Nothing was imported.`);
  }
  scan.out.push(m[0].replace(/[\t\n]/g, ' ')); // XML attribute-value normalisation
  return lt + m[0].length;
}

/** Comments, CDATA, processing instructions and DOCTYPE; -1 when `lt` starts a tag instead. */
function readSpecial(scan: Scan, lt: number): number {
  const { src } = scan;
  if (src.startsWith('<!--', lt)) return skipPast(scan, lt + 4, '-->', 'a comment');
  if (src.startsWith('<!DOCTYPE', lt)) return skipDoctype(scan, lt);
  if (src.startsWith('<![CDATA[', lt)) {
    if (!scan.open.length) fail(scan, 'a CDATA section outside the top element', lt);
    const end = skipPast(scan, lt + 9, ']]>', 'a CDATA section');
    scan.out.push(src.slice(lt, end));
    return end;
  }
  if (!src.startsWith('<?', lt)) return -1;
  const end = skipPast(scan, lt + 2, '?>', 'a processing instruction');
  const mine = /^<\?fieldnotes\s[^]*?codebook-name\s*=\s*"([^"<]*)"/.exec(src.slice(lt, end));
  if (mine) checkReferences(scan, mine[1], lt);
  if (mine) scan.codebookName = decodeReferences(mine[1]);
  return end;
}

/**
 * linkedom's XML parser accepts anything (unclosed tags, stray text, undefined entities), so this
 * scanner checks well-formedness first: one root, balanced tags, quoted unique attributes, only
 * XML's own entities, no entity declarations. It returns the markup for linkedom (without comments,
 * processing instructions and DOCTYPE) and the codebook name from our own processing instruction.
 */
export function checkWellFormed(src: string): { markup: string; codebookName: string | null } {
  const scan: Scan = { src, out: [], open: [], roots: 0, elements: 0, codebookName: null };
  for (let i = 0; i < src.length; ) {
    const lt = src.indexOf('<', i);
    const text = src.slice(i, lt < 0 ? src.length : lt);
    if (!scan.open.length && text.trim()) fail(scan, 'there is text outside the top element', i + text.search(/\S/));
    checkReferences(scan, text, i);
    scan.out.push(text);
    if (lt < 0) break;
    const special = readSpecial(scan, lt);
    i = special >= 0 ? special : src.startsWith('</', lt) ? readEndTag(scan, lt) : readStartTag(scan, lt);
  }
  const last = scan.open[scan.open.length - 1];
  if (last) fail(scan, `<${last.name}> is never closed`, last.at);
  if (!scan.roots) throw new AppError('invalid_input', 'The codebook file is not well-formed XML: it contains no element at all.');
  return { markup: scan.out.join(''), codebookName: scan.codebookName };
}
