import { escapeAttr, escapeText } from '../codebook-qdc';
import { QDE_NAMESPACE, type QdaCase, type QdaCode, type QdaNote, type QdaProject, type QdaSelection, type QdaSource } from './model';

/**
 * project.qde for a QdaProject, valid against Project-mrt2019.xsd: the elements in the schema's
 * fixed order (Users, CodeBook, Cases, Sources, Notes, then the project's own NoteRefs).
 */

type Attrs = Record<string, string | number | boolean | null | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/** One element: self-closed when it has no children. */
function el(out: string[], depth: number, name: string, values: Attrs, body: (out: string[], depth: number) => void = () => {}): void {
  const inner: string[] = [];
  body(inner, depth + 1);
  const pad = '  '.repeat(depth);
  if (!inner.length) out.push(`${pad}<${name}${attrs(values)}/>`);
  else out.push(`${pad}<${name}${attrs(values)}>`, ...inner, `${pad}</${name}>`);
}

function textEl(out: string[], depth: number, name: string, text: string): void {
  if (text) out.push(`${'  '.repeat(depth)}<${name}>${escapeText(text)}</${name}>`);
}

const refs = (out: string[], depth: number, name: string, guids: readonly string[]) => {
  for (const guid of guids) el(out, depth, name, { targetGUID: guid });
};

function writeCode(out: string[], depth: number, code: QdaCode): void {
  el(out, depth, 'Code', { guid: code.guid, name: code.name, isCodable: code.isCodable, color: code.color }, (o, d) => {
    textEl(o, d, 'Description', code.description);
    for (const child of code.children) writeCode(o, d, child);
  });
}

function writeCodings(out: string[], depth: number, owner: string, codeGuids: readonly string[], codingGuid: (owner: string, code: string) => string, user: Attrs): void {
  for (const code of codeGuids) el(out, depth, 'Coding', { guid: codingGuid(owner, code), ...user }, (o, d) => el(o, d, 'CodeRef', { targetGUID: code }));
}

function writeSelection(out: string[], depth: number, s: QdaSelection, codingGuid: (owner: string, code: string) => string, user: Attrs): void {
  el(out, depth, 'PlainTextSelection', { guid: s.guid, name: s.name, startPosition: s.start, endPosition: s.end, ...user }, (o, d) => {
    textEl(o, d, 'Description', s.description);
    writeCodings(o, d, s.guid, s.codeGuids, codingGuid, user);
    refs(o, d, 'NoteRef', s.noteGuids);
  });
}

function writeSource(out: string[], depth: number, s: QdaSource, codingGuid: (owner: string, code: string) => string, user: Attrs): void {
  el(out, depth, 'TextSource', { guid: s.guid, name: s.name, plainTextPath: s.plainTextPath, ...user }, (o, d) => {
    textEl(o, d, 'Description', s.description);
    for (const selection of s.selections) writeSelection(o, d, selection, codingGuid, user);
    writeCodings(o, d, s.guid, s.codeGuids, codingGuid, user);
    refs(o, d, 'NoteRef', s.noteGuids);
  });
}

function writeCase(out: string[], depth: number, c: QdaCase): void {
  el(out, depth, 'Case', { guid: c.guid, name: c.name }, (o, d) => {
    textEl(o, d, 'Description', c.description);
    refs(o, d, 'CodeRef', c.codeGuids);
    refs(o, d, 'SourceRef', c.sourceGuids);
  });
}

function writeNote(out: string[], depth: number, n: QdaNote, user: Attrs): void {
  el(out, depth, 'Note', { guid: n.guid, name: n.name, ...user, creationDateTime: n.createdAt }, (o, d) => textEl(o, d, 'PlainTextContent', n.text));
}

function section<T>(out: string[], name: string, items: readonly T[], write: (out: string[], depth: number, item: T) => void): void {
  if (items.length) el(out, 1, name, {}, (o, d) => items.forEach((item) => write(o, d, item)));
}

/** codingGuid gives each coding a stable identifier from its owner (selection or source) and code. */
export function writeQde(project: QdaProject, codingGuid: (owner: string, code: string) => string): string {
  const user: Attrs = project.user ? { creatingUser: project.user.guid } : {};
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const root = { xmlns: QDE_NAMESPACE, name: project.name, origin: project.origin, creatingUserGUID: project.user?.guid, creationDateTime: project.createdAt };
  out.push(`<Project${attrs(root)}>`);
  if (project.user) el(out, 1, 'Users', {}, (o, d) => el(o, d, 'User', { guid: project.user!.guid, name: project.user!.name }));
  if (project.codes.length) el(out, 1, 'CodeBook', {}, (o, d) => el(o, d, 'Codes', {}, (o2, d2) => project.codes.forEach((c) => writeCode(o2, d2, c))));
  section(out, 'Cases', project.cases, writeCase);
  section(out, 'Sources', project.sources, (o, d, s) => writeSource(o, d, s, codingGuid, user));
  section(out, 'Notes', project.notes, (o, d, n) => writeNote(o, d, n, user));
  refs(out, 1, 'NoteRef', project.noteGuids);
  out.push('</Project>', '');
  return out.join('\n');
}
