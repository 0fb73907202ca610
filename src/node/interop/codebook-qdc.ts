import { createHash } from 'node:crypto';
import { DOMParser } from 'linkedom';
import { AppError, describeZodError, summarizeIssues } from '../../shared/api/errors';
import { CodebookDocument, type CodeDescription } from '../../shared/schemas/code';
import { Uuid } from '../../shared/schemas/common';
import { APP_VERSION } from '../../shared/version';
import { assertNoCycles, packDescription, resolveNameClashes, unpackDescription } from './codebook-json';
import { checkWellFormed } from './xml-wellformed';

/**
 * REFI-QDA codebook exchange (.qdc, namespace urn:QDA-XML:codebook:1.0; also the <CodeBook> of a
 * .qde project). Pure functions: no database, nothing fetched or executed.
 * A .qdc code has one Description string: the four description parts and the shortcut are packed
 * into it (`packDescription`, ./codebook-json). The codebook's name travels in a processing
 * instruction `<?fieldnotes codebook-name="..."?>` that other tools and the schema ignore.
 * Round trip JSON -> .qdc -> JSON keeps every field, except that codes come back in document order
 * (parents before children, siblings by sortOrder) with sortOrder renumbered 0..n-1 per parent, and
 * characters XML 1.0 cannot carry (control characters other than tab/newline/CR) are dropped.
 */

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const ORIGIN = `Fieldnotes ${APP_VERSION}`;
/** Okabe–Ito colours (colour-blind safe) for codes without one: top level by order, subcodes take their parent's. */
export const DEFAULT_CODE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#999999'] as const;

type DocCode = CodebookDocument['codes'][number];

// ---------------------------------------------------------------- Export

const FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlChars = (s: string) => s.replace(FORBIDDEN_CHARS, '');
export const escapeText = (s: string) => xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

/** "#abc" / "#AABBCC" / "aabbcc" -> "#aabbcc"; anything else -> null. */
export function normaliseColour(raw: string): string | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim())?.[1];
  if (!hex) return null;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`.toLowerCase();
}

/** Children of each parent (null: top level), siblings by sortOrder then position in the file. */
function childrenByParent(codes: readonly DocCode[]): Map<string | null, DocCode[]> {
  const position = new Map(codes.map((c, i) => [c.id, i] as const));
  const map = new Map<string | null, DocCode[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && position.has(code.parentId) ? code.parentId : null;
    map.set(parent, map.get(parent) ?? []).get(parent)!.push(code);
  }
  for (const list of map.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || position.get(a.id)! - position.get(b.id)!);
  return map;
}

function writeCode(code: DocCode, children: Map<string | null, DocCode[]>, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const colour = normaliseColour(code.color);
  const attrs = `guid="${code.id}" name="${escapeAttr(code.name)}" isCodable="${code.isCodable}"${colour ? ` color="${colour}"` : ''}`;
  const parts = Object.fromEntries(Object.entries(code.description).map(([k, v]) => [k, xmlChars(v)])) as CodeDescription;
  const description = escapeText(packDescription(parts, code.shortcut));
  const kids = children.get(code.id) ?? [];
  out.push(`${pad}<Code ${attrs}${description || kids.length ? '' : '/'}>`);
  if (!description && !kids.length) return;
  if (description) out.push(`${pad}  <Description>${description}</Description>`);
  for (const kid of kids) writeCode(kid, children, depth + 1, out);
  out.push(`${pad}</Code>`);
}

/** The codebook as a .qdc document that validates against Codebook-v1.0.xsd. */
export function exportCodebookQdc(doc: CodebookDocument): string {
  if (!doc.codes.length) throw new AppError('invalid_input', 'The codebook has no codes; a .qdc file must contain at least one code.');
  assertNoCycles(doc.codes);
  const children = childrenByParent(doc.codes);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<?fieldnotes codebook-name="${escapeAttr(doc.name)}"?>`,
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${escapeAttr(ORIGIN)}">`,
    '  <Codes>',
  ];
  for (const code of children.get(null) ?? []) writeCode(code, children, 2, out);
  out.push('  </Codes>', '</CodeBook>', '');
  return out.join('\n');
}

// ---------------------------------------------------------------- Import

interface Draft { rawGuid: string | undefined; parent: number | null; path: string[]; name: string; colour: string | null; isCodable: boolean; packed: string }
interface ReadState { problems: string[]; noted: Set<string>; drafts: Draft[]; counts: { colour: number; codable: number; guid: number } }

const CODE_ATTRIBUTES = ['guid', 'name', 'isCodable', 'color'];
const localPart = (name: string) => name.slice(name.indexOf(':') + 1);
const kindOf = (el: Element) => localPart(el.tagName);
const childElements = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

function noteOnce(state: ReadState, key: string, sentence: string): void {
  if (state.noted.has(key)) return;
  state.noted.add(key);
  state.problems.push(sentence);
}

/** Attributes by local name, without namespace declarations and xsi:/xml: attributes. */
function attributesOf(el: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of Array.from(el.attributes)) if (!/^(xmlns(:|$)|xsi:|xml:)/.test(a.name)) map.set(localPart(a.name), a.value);
  return map;
}

function noteUnknownAttributes(attrs: Map<string, string>, known: string[], owner: string, state: ReadState): void {
  const unknown = [...attrs.keys()].filter((name) => !known.includes(name));
  for (const name of unknown) noteOnce(state, `attr:${owner}:${name}`, `The “${name}” attribute of ${owner} is not read by Fieldnotes; it was ignored.`);
}

function noteUnknownElement(el: Element, state: ReadState): void {
  noteOnce(state, `el:${kindOf(el)}`, `The file's <${kindOf(el)}> elements are not read by Fieldnotes; they were ignored.`);
}

/** "{5215CC69-...}" -> "5215cc69-..."; null when it is not a UUID Fieldnotes can store. */
export function normaliseGuid(raw: string | undefined): string | null {
  const id = (raw ?? '').trim().replace(/^\{(.*)\}$/, '$1').toLowerCase();
  return Uuid.safeParse(id).success ? id : null;
}

/** A UUID (version 5 layout) derived from a seed, so that importing the same file twice gives the same ids. */
function derivedUuid(seed: string): string {
  const h = createHash('sha1').update(`fieldnotes-qdc\u0000${seed}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function readCodable(raw: string | undefined, name: string, state: ReadState): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') state.counts.codable++;
  else if (value === 'false' || value === '0') return false;
  else if (value !== 'true' && value !== '1') state.problems.push(`“${name}” has an unreadable isCodable value (“${raw}”); it was made applicable.`);
  return true;
}

function readColour(raw: string | undefined, name: string, state: ReadState): string | null {
  const colour = normaliseColour(raw ?? '');
  if (!raw?.trim()) state.counts.colour++;
  else if (!colour) state.problems.push(`“${name}” has a colour Fieldnotes cannot read (“${raw}”); it was given one from the palette.`);
  return colour;
}

function readCode(el: Element, parent: number | null, path: string[], state: ReadState): void {
  const attrs = attributesOf(el);
  noteUnknownAttributes(attrs, CODE_ATTRIBUTES, 'codes', state);
  const name = attrs.get('name') ?? '';
  const kids = childElements(el);
  if (!name.trim()) {
    const subcodes = kids.filter((k) => kindOf(k) === 'Code');
    const where = path.length ? `under “${path.join(' › ')}”` : 'at the top level';
    state.problems.push(`A code without a name ${where} was skipped${subcodes.length ? '; its subcodes were kept one level up' : ''}.`);
    for (const k of subcodes) readCode(k, parent, path, state);
    return;
  }
  const index = state.drafts.length;
  const colour = readColour(attrs.get('color'), name, state);
  state.drafts.push({ rawGuid: attrs.get('guid'), parent, path, name, colour, isCodable: readCodable(attrs.get('isCodable'), name, state), packed: '' });
  for (const kid of kids) {
    if (kindOf(kid) === 'Description') state.drafts[index].packed ||= kid.textContent ?? '';
    else if (kindOf(kid) === 'Code') readCode(kid, index, [...path, name], state);
    else noteUnknownElement(kid, state);
  }
}

function readCodeBook(book: Element, state: ReadState): void {
  noteUnknownAttributes(attributesOf(book), ['origin'], 'the codebook', state);
  for (const child of childElements(book)) {
    if (kindOf(child) === 'Codes') {
      for (const el of childElements(child)) (kindOf(el) === 'Code' ? readCode(el, null, [], state) : noteUnknownElement(el, state));
    } else if (kindOf(child) === 'Sets') readSets(child, state);
    else noteUnknownElement(child, state);
  }
}

/**
 * Code sets (a .qdc's <Sets>, or a project's) become categories: a code that cannot be applied,
 * named after the set, with the codes of the set under it. A member that already sits under a
 * parent, or in an earlier set, stays where it is and is named in the category's definition.
 */
function readSets(sets: Element, state: ReadState): void {
  const byGuid = new Map(state.drafts.map((d, i) => [normaliseGuid(d.rawGuid), i] as const));
  const placed = new Set<number>();
  for (const set of childElements(sets).filter((s) => kindOf(s) === 'Set')) {
    const attrs = attributesOf(set);
    const name = attrs.get('name')?.trim() || 'Unnamed set';
    const members = childElements(set).filter((m) => kindOf(m) === 'MemberCode').map((m) => byGuid.get(normaliseGuid(attributesOf(m).get('targetGUID') ?? attributesOf(m).get('guid')))).filter((i): i is number => i !== undefined);
    const others = childElements(set).filter((m) => ['MemberSource', 'MemberNote'].includes(kindOf(m))).length;
    if (others) state.problems.push(`The set “${name}” also lists ${others} source${others === 1 ? '' : 's'} or note${others === 1 ? '' : 's'}; only its codes were kept.`);
    if (!members.length) {
      state.problems.push(`The set “${name}” has no codes of this codebook; it was not imported.`);
      continue;
    }
    const index = state.drafts.length;
    const staying = members.filter((i) => state.drafts[i].parent !== null || placed.has(i));
    const description = childElements(set).find((d) => kindOf(d) === 'Description')?.textContent?.trim() ?? '';
    const listed = staying.map((i) => `“${state.drafts[i].name}”`).join(', ');
    const packed = [description || `Code set “${name}” from the imported file.`, staying.length ? `Also in this set: ${listed}.` : ''].filter(Boolean).join(' ');
    state.drafts.push({ rawGuid: attrs.get('guid'), parent: null, path: [], name, colour: null, isCodable: false, packed });
    for (const i of members.filter((m) => !staying.includes(m))) {
      state.drafts[i].parent = index;
      placed.add(i);
    }
    const moved = members.length - staying.length;
    const plural = (n: number) => `${n} code${n === 1 ? '' : 's'}`;
    const held = moved ? ` holding its ${plural(moved)}` : '';
    const named = staying.length ? `; ${plural(staying.length)} of the set already under another code stayed there and ${staying.length === 1 ? 'is' : 'are'} named in its definition` : '';
    state.problems.push(`The code set “${name}” was kept as the category “${name}” (not applicable)${held}${named}.`);
  }
}

/** The <CodeBook> element: the root of a .qdc, or the one inside a .qde <Project>. */
function findCodeBook(root: Element, problems: string[], asProject: boolean): Element {
  const kind = kindOf(root);
  if (kind === 'CodeBook') return root;
  if (kind !== 'Project') {
    throw new AppError('invalid_input', `The file is not a REFI-QDA codebook: its top element is <${root.tagName}>, not <CodeBook> (.qdc) or <Project> (.qde).`);
  }
  const children = childElements(root);
  if (!asProject && children.some((c) => !['CodeBook', 'Description', 'Sets'].includes(kindOf(c)))) {
    problems.push('This is a whole project file (.qde): only its codebook was imported, not its sources, coding, cases or notes.');
  }
  return children.find((c) => kindOf(c) === 'CodeBook') ?? noCodes();
}

/** A codebook in another namespace than 1.0 (an older draft such as 0:4) is read the same way, and named. */
function noteNamespace(root: Element, problems: string[]): void {
  if (kindOf(root) !== 'CodeBook') return; // a project's namespace is named by the project reader (refi-qda/read-qde)
  const xmlns = Array.from(root.attributes).find((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:'))?.value;
  if (xmlns && xmlns !== QDC_NAMESPACE) problems.push(`The file uses the namespace “${xmlns}” (an older or other version of REFI-QDA), not ${QDC_NAMESPACE}; it was read as version 1.0.`);
}

function noCodes(): never {
  throw new AppError('invalid_input', 'The codebook file contains no codes.');
}

/** Each draft's id: its own guid when usable and not already taken, otherwise a derived one. */
function assignIds(state: ReadState): string[] {
  const inFile = new Set(state.drafts.map((d) => normaliseGuid(d.rawGuid)));
  const owner = new Map<string, string>();
  return state.drafts.map((d) => {
    const own = normaliseGuid(d.rawGuid);
    let id = own && !owner.has(own) ? own : null;
    if (!d.rawGuid?.trim()) state.counts.guid++;
    else if (!own) state.problems.push(`“${d.name}” has an identifier Fieldnotes cannot read (“${d.rawGuid}”); it was given a new one.`);
    else if (!id) state.problems.push(`“${d.name}” has the same identifier as “${owner.get(own)}”; it was kept as a separate code with a new identifier.`);
    for (let n = 0; !id; n++) {
      const candidate = derivedUuid(`${d.rawGuid ?? ''}\u0000${[...d.path, d.name].join('\u0000')}\u0000${n}`);
      if (!inFile.has(candidate) && !owner.has(candidate)) id = candidate;
    }
    owner.set(id, d.name);
    return id;
  });
}

function limited(text: string, max: number, what: string, problems: string[]): string {
  if (text.length <= max) return text;
  problems.push(`${what} was longer than ${max} characters and was shortened.`);
  return text.slice(0, max);
}

function buildCodes(state: ReadState): DocCode[] {
  const ids = assignIds(state);
  const colours: string[] = [];
  const nextOrder = new Map<number | null, number>();
  let topLevel = 0;
  return state.drafts.map((d, i) => {
    colours[i] = d.colour ?? (d.parent === null || !colours[d.parent] ? DEFAULT_CODE_COLOURS[topLevel % DEFAULT_CODE_COLOURS.length] : colours[d.parent]);
    if (d.parent === null) topLevel++;
    const sortOrder = nextOrder.get(d.parent) ?? 0;
    nextOrder.set(d.parent, sortOrder + 1);
    const { description: raw, shortcut } = unpackDescription(d.packed);
    const description = { ...raw };
    for (const key of Object.keys(description) as (keyof CodeDescription)[]) {
      description[key] = limited(description[key], 20_000, `The description of “${d.name}”`, state.problems);
    }
    const name = limited(d.name, 200, `The name “${d.name.slice(0, 40)}…”`, state.problems);
    const parentId = d.parent === null ? null : ids[d.parent];
    return { id: ids[i], parentId, name, color: colours[i], description, shortcut, isCodable: d.isCodable, sortOrder };
  });
}

/** One sentence per kind of gap that is common in other tools' files, rather than one per code. */
function countNotes({ counts: { colour: c, codable: k, guid: g }, problems }: ReadState): void {
  if (c) problems.push(`${c} ${c === 1 ? 'code' : 'codes'} had no colour and got one from the Fieldnotes palette.`);
  if (k) problems.push(k === 1 ? '1 code did not say whether it can be applied (isCodable); it was made applicable.' : `${k} codes did not say whether they can be applied (isCodable); they were made applicable.`);
  if (g) problems.push(g === 1 ? '1 code had no identifier and got a new one.' : `${g} codes had no identifier and got new ones.`);
}

/**
 * Reads a .qdc (or the codebook of a .qde) as written by ATLAS.ti, NVivo, MAXQDA, QualCoder,
 * Taguette or Fieldnotes. Throws AppError('invalid_input') for malformed XML, entity declarations
 * and files without codes; everything else that had to be repaired or left out is a line in `problems`.
 */
export function parseCodebookQdc(xml: string, asProject = false): { doc: CodebookDocument; problems: string[] } {
  try {
    return readCodebookQdc(xml, asProject);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A library's own error (a TypeError, a RangeError) never reaches the user.
    throw new AppError('invalid_input', 'The codebook file could not be read: it is damaged or built in a way Fieldnotes cannot read. Nothing was imported.');
  }
}

function readCodebookQdc(xml: string, asProject: boolean): { doc: CodebookDocument; problems: string[] } {
  const state: ReadState = { problems: [], noted: new Set(), drafts: [], counts: { colour: 0, codable: 0, guid: 0 } };
  const normalised = xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const source = xmlChars(normalised);
  if (source.length !== normalised.length) state.problems.push('The file contained control characters that XML does not allow; they were removed.');
  const { markup, codebookName } = checkWellFormed(source);
  const dom = new DOMParser().parseFromString(markup, 'text/xml') as unknown as Document;
  const root = Array.from(dom.childNodes).find((n): n is Element => n.nodeType === 1) ?? noCodes();
  noteNamespace(root, state.problems);
  const book = findCodeBook(root, state.problems, asProject);
  readCodeBook(book, state);
  const projectSets = book === root ? undefined : childElements(root).find((c) => kindOf(c) === 'Sets');
  if (projectSets) readSets(projectSets, state);
  if (!state.drafts.length) noCodes();
  const codes = buildCodes(state);
  countNotes(state);
  resolveNameClashes(codes, state.problems);
  const projectName = kindOf(root) === 'Project' ? attributesOf(root).get('name') : undefined;
  const origin = attributesOf(book).get('origin')?.trim();
  const name = codebookName ?? projectName ?? (origin ? `Codebook from ${origin}` : 'Imported codebook');
  const result = CodebookDocument.safeParse({ format: 'fieldnotes-codebook', version: 1, name, codes });
  if (!result.success) {
    const issues = describeZodError(result.error);
    throw new AppError('invalid_input', summarizeIssues('The codebook file could not be read', issues), issues);
  }
  return { doc: result.data, problems: state.problems };
}
