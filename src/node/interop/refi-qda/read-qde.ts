import { DOMParser } from 'linkedom';
import { AppError } from '../../../shared/api/errors';
import { normaliseGuid } from '../codebook-qdc';
import { checkWellFormed } from '../xml-wellformed';
import { QDE_NAMESPACE, type QdaCase, type QdaNote, type QdaProject, type QdaSelection, type QdaSource } from './model';

/**
 * Reads project.qde as NVivo, ATLAS.ti, MAXQDA, QualCoder and Fieldnotes write it: any namespace
 * prefix or version (urn:QDA-XML:project:1.0, 0:4, none), GUIDs with or without braces in any case,
 * text in a file (plainTextPath) or inline (PlainTextContent). GUIDs come out normalised (lower
 * case, no braces) so that references match. What is not read is named in `problems`, once per kind.
 * The codebook itself is read by parseCodebookQdc (../codebook-qdc).
 */

export interface ReadProject {
  project: QdaProject;
  /** Inline text of sources and notes (PlainTextContent), by GUID. */
  inlineTexts: Map<string, string>;
  /** Notes whose text is a file (plainTextPath), by GUID. */
  notePaths: Map<string, string>;
  namespace: string | null;
  problems: string[];
}

const localPart = (name: string) => name.slice(name.indexOf(':') + 1);
const kindOf = (el: Element) => localPart(el.tagName);
const kids = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const kidsOf = (el: Element, kind: string) => kids(el).filter((k) => kindOf(k) === kind);
const textOf = (el: Element, kind: string) => kidsOf(el, kind).map((k) => k.textContent ?? '').join('\n').trim();

function attr(el: Element, name: string): string | undefined {
  for (const a of Array.from(el.attributes)) if (localPart(a.name) === name && !a.name.startsWith('xmlns')) return a.value;
  return undefined;
}

/** A GUID as a key: normalised when it is a UUID, otherwise its trimmed lower-case text. */
export const guidKey = (raw: string | undefined): string => normaliseGuid(raw) ?? (raw ?? '').trim().replace(/^\{(.*)\}$/, '$1').toLowerCase();

const refs = (el: Element, kind: string) => kidsOf(el, kind).map((r) => guidKey(attr(r, 'targetGUID'))).filter(Boolean);
const codingRefs = (el: Element) => kidsOf(el, 'Coding').flatMap((c) => refs(c, 'CodeRef'));

class Notes {
  readonly problems: string[] = [];
  private readonly seen = new Set<string>();
  once(key: string, sentence: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push(sentence);
  }
}

function readSelection(el: Element): QdaSelection | null {
  const start = Number(attr(el, 'startPosition'));
  const end = Number(attr(el, 'endPosition'));
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const noteGuids = [...refs(el, 'NoteRef'), ...kidsOf(el, 'Coding').flatMap((c) => refs(c, 'NoteRef'))];
  return { guid: guidKey(attr(el, 'guid')), name: attr(el, 'name') ?? '', start, end, description: textOf(el, 'Description'), codeGuids: codingRefs(el), noteGuids };
}

function readTextSource(el: Element, name: string, out: ReadProject, notes: Notes): QdaSource {
  const guid = guidKey(attr(el, 'guid'));
  const inline = kidsOf(el, 'PlainTextContent')[0];
  if (inline) out.inlineTexts.set(guid, inline.textContent ?? '');
  const selections: QdaSelection[] = [];
  for (const s of kidsOf(el, 'PlainTextSelection')) {
    const selection = readSelection(s);
    if (selection) selections.push(selection);
    else notes.once(`badpos:${guid}`, `A selection in “${name}” has no readable start and end positions; it was skipped.`);
  }
  if (kidsOf(el, 'VariableValue').length) notes.once('variables', 'Variable values of sources are not imported.');
  return { guid, name, plainTextPath: attr(el, 'plainTextPath') ?? '', description: textOf(el, 'Description'), selections, codeGuids: codingRefs(el), noteGuids: refs(el, 'NoteRef') };
}

function readSources(el: Element, out: ReadProject, notes: Notes): void {
  const skipped = new Map<string, number>();
  for (const s of kids(el)) {
    const kind = kindOf(s);
    const name = attr(s, 'name')?.trim() || 'Untitled source';
    if (kind === 'TextSource') out.project.sources.push(readTextSource(s, name, out, notes));
    else if (kind === 'PDFSource' && kidsOf(s, 'Representation').length) {
      const source = readTextSource(kidsOf(s, 'Representation')[0], name, out, notes);
      out.project.sources.push({ ...source, guid: guidKey(attr(s, 'guid')) || source.guid, noteGuids: [...source.noteGuids, ...refs(s, 'NoteRef')], codeGuids: [...source.codeGuids, ...codingRefs(s)] });
      if (kidsOf(s, 'PDFSelection').length) notes.once(`pdfsel:${name}`, `“${name}”: its text was imported from its plain-text representation; selections of areas of PDF pages are not imported.`);
    } else skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
  }
  for (const [kind, n] of skipped) out.problems.push(`${n} ${kind === 'PDFSource' ? 'PDF source' : kind.replace(/Source$/, '').toLowerCase() + ' source'}${n === 1 ? '' : 's'} (${kind}) without a text representation ${n === 1 ? 'was' : 'were'} not imported: Fieldnotes imports text.`);
}

function readNote(el: Element, out: ReadProject): QdaNote {
  const guid = guidKey(attr(el, 'guid'));
  const path = attr(el, 'plainTextPath');
  if (path && !kidsOf(el, 'PlainTextContent').length) out.notePaths.set(guid, path);
  const text = [textOf(el, 'PlainTextContent'), textOf(el, 'Description')].filter(Boolean).join('\n\n');
  return { guid, name: attr(el, 'name')?.trim() ?? '', text, createdAt: attr(el, 'creationDateTime') ?? null };
}

function readCase(el: Element): QdaCase {
  return { guid: guidKey(attr(el, 'guid')), name: attr(el, 'name')?.trim() || 'Unnamed case', description: textOf(el, 'Description'), codeGuids: refs(el, 'CodeRef'), sourceGuids: refs(el, 'SourceRef') };
}

const NOT_READ: Record<string, string> = {
  Variables: 'Variables (attributes of cases and sources) are not imported.',
  Links: 'Links between items are not imported.',
  Graphs: 'Graphs (network views) are not imported.',
};

export function readQde(xml: string): ReadProject {
  const source = xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { markup } = checkWellFormed(source);
  const dom = new DOMParser().parseFromString(markup, 'text/xml') as unknown as Document;
  const root = Array.from(dom.childNodes).find((n): n is Element => n.nodeType === 1);
  if (!root || kindOf(root) !== 'Project') {
    throw new AppError('invalid_input', `The project file is not a REFI-QDA project: its top element is <${root?.tagName ?? 'nothing'}>, not <Project>. Nothing was imported.`);
  }
  const xmlns = Array.from(root.attributes).find((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:'))?.value ?? null;
  const notes = new Notes();
  const out: ReadProject = {
    project: { name: attr(root, 'name')?.trim() || 'Imported project', origin: attr(root, 'origin')?.trim() ?? '', createdAt: attr(root, 'creationDateTime') ?? null, user: null, codes: [], sets: [], cases: [], sources: [], notes: [], noteGuids: refs(root, 'NoteRef') },
    inlineTexts: new Map(),
    notePaths: new Map(),
    namespace: xmlns,
    problems: notes.problems,
  };
  if (xmlns !== QDE_NAMESPACE) {
    out.problems.push(xmlns ? `The project uses the namespace “${xmlns}”, not ${QDE_NAMESPACE}; it was read as REFI-QDA 1.0.` : `The project declares no namespace (REFI-QDA 1.0 uses ${QDE_NAMESPACE}); it was read as REFI-QDA 1.0.`);
  }
  for (const child of kids(root)) {
    const kind = kindOf(child);
    if (kind === 'Sources') readSources(child, out, notes);
    else if (kind === 'Notes') out.project.notes.push(...kidsOf(child, 'Note').map((n) => readNote(n, out)));
    else if (kind === 'Cases') out.project.cases.push(...kidsOf(child, 'Case').map(readCase));
    else if (kind === 'Description') out.project.notes.push({ guid: 'project-description', name: 'Project description', text: child.textContent?.trim() ?? '', createdAt: null });
    else if (NOT_READ[kind]) notes.once(kind, NOT_READ[kind]);
  }
  if (out.project.notes.some((n) => n.guid === 'project-description')) out.project.noteGuids.unshift('project-description');
  return out;
}
