import { reanchor } from '../../../shared/domain/anchoring';
import { CodePointText } from '../../../shared/domain/code-points';
import { plainText, type ExportDataset } from '../../../shared/schemas/export';
import { packDescription } from '../codebook-json';
import { normaliseColour } from '../codebook-qdc';
import { stableGuid } from './guid';
import type { QdaCase, QdaCode, QdaNote, QdaProject, QdaSelection, QdaSource } from './model';

/**
 * The export data set as a REFI-QDA project: codes, cases, articles and witness accounts as text
 * sources (their text exactly as the profile let it into the data set), coded segments as
 * selections, memos as notes. Witnesses are cases (by code; their identity only where the data set
 * holds it, that is under the internal profile).
 */

export interface ProjectFiles {
  project: QdaProject;
  /** The plain text of each source, by its file name inside the zip's sources folder. */
  texts: Map<string, string>;
}

const clip = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const lines = (...parts: (string | null | undefined | false)[]) => parts.filter((p): p is string => !!p && !!p.trim()).join('\n');

/**
 * The data set does not say which codes are categories; a code with subcodes that nothing in the
 * data set uses is written as one (isCodable false), every other code as applicable.
 */
function codeTree(d: ExportDataset): QdaCode[] {
  const known = new Set(d.codes.map((c) => c.id));
  const used = new Set([...d.segments, ...d.articles, ...d.cases, ...d.accounts, ...d.figures, ...d.quotes, ...d.actors, ...d.incidents].flatMap((r) => r.codeIds));
  const parents = new Set(d.codes.map((c) => c.parentId));
  const codable = (id: string) => used.has(id) || !parents.has(id);
  const nodes = new Map<string, QdaCode>(d.codes.map((c) => [c.id, { guid: c.id, name: c.name, color: normaliseColour(c.color), isCodable: codable(c.id), description: packDescription(c.description, null), children: [] }]));
  const top: QdaCode[] = [];
  for (const c of d.codes) (c.parentId && known.has(c.parentId) ? nodes.get(c.parentId)!.children : top).push(nodes.get(c.id)!);
  return top;
}

/** The segment's place in the exported text (redaction may have shifted it); null when it cannot be found there. */
function selectionOf(text: CodePointText, s: ExportDataset['segments'][number], known: Set<string>): QdaSelection | null {
  const found = reanchor(text, s.selector);
  if (found.status !== 'anchored') return null;
  return { guid: s.id, name: clip(found.selector.exact), start: found.selector.start, end: found.selector.end, description: s.memo ?? '', codeGuids: s.codeIds.filter((id) => known.has(id)), noteGuids: [] };
}

export function projectOf(d: ExportDataset): ProjectFiles {
  const known = new Set(d.codes.map((c) => c.id));
  const texts = new Map<string, string>();
  const notes: QdaNote[] = [];
  const noteGuidsOf = new Map<string, string[]>();
  for (const m of d.memos) {
    const guid = m.id;
    notes.push({ guid, name: `Memo (${m.visibility})`, text: plainText(m.text), createdAt: m.createdAt });
    noteGuidsOf.set(m.targetId, [...(noteGuidsOf.get(m.targetId) ?? []), guid]);
  }
  // Quotes are evidence in their own right (a quote typed from an interview is in no source's text): each is a note, linked to its article when it has one.
  for (const q of d.quotes) {
    const speaker = q.speakerName ?? q.speakerDescriptor;
    notes.push({ guid: q.id, name: clip(`Quote${speaker ? ` of ${speaker}` : ''}${q.date ? `, ${q.date}` : ''}`), text: lines(plainText(q.text), q.translation && `Translation: ${q.translation}`, q.speakerRole && `Role: ${q.speakerRole}`, q.context && `Context: ${q.context}`, q.memo), createdAt: d.generatedAt });
    if (q.articleId) noteGuidsOf.set(q.articleId, [...(noteGuidsOf.get(q.articleId) ?? []), q.id]);
  }
  const sources: QdaSource[] = d.articles.map((a) => {
    const text = plainText(a.text);
    texts.set(`${a.id}.txt`, text);
    const cp = new CodePointText(text);
    const selections = d.segments.filter((s) => s.articleId === a.id).map((s) => selectionOf(cp, s, known)).filter((s): s is QdaSelection => s !== null);
    const description = lines(a.publisher && `Publisher: ${a.publisher}`, a.author && `Author: ${a.author}`, a.publishedAt && `Published: ${a.publishedAt}`, a.sourceUrl && `Source: ${a.sourceUrl}`, `Original SHA-256: ${a.original.sha256}`, a.notes);
    return { guid: a.id, name: a.title, plainTextPath: `internal://${a.id}.txt`, description, selections, codeGuids: a.codeIds.filter((id) => known.has(id)), noteGuids: noteGuidsOf.get(a.id) ?? [] };
  });
  for (const acc of d.accounts) {
    const text = lines(plainText(acc.narrative), acc.translation.length ? `\nTranslation:\n${plainText(acc.translation)}` : null);
    if (!text) continue;
    texts.set(`${acc.id}.txt`, text);
    const description = lines(`Account of ${acc.witnessCode}`, acc.interviewDate && `Interviewed: ${acc.interviewDate}`, acc.interviewer && `Interviewer: ${acc.interviewer}`, acc.interpreter && `Interpreter: ${acc.interpreter}`, acc.incidentPlace && `Place: ${acc.incidentPlace}`, acc.memo);
    sources.push({ guid: acc.id, name: `Account of ${acc.witnessCode}${acc.interviewDate ? `, ${acc.interviewDate}` : ''}`, plainTextPath: `internal://${acc.id}.txt`, description, selections: [], codeGuids: acc.codeIds.filter((id) => known.has(id)), noteGuids: [] });
  }
  const cases: QdaCase[] = d.cases.map((c) => ({ guid: c.id, name: c.title, description: c.description, codeGuids: c.codeIds.filter((id) => known.has(id)), sourceGuids: c.articleIds }));
  for (const w of d.witnesses) {
    const identity = w.identity && lines(`Name: ${w.identity.name}`, w.identity.contact && `Contact: ${w.identity.contact}`, w.identity.exactPlace && `Exact place: ${w.identity.exactPlace}`);
    const accounts = d.accounts.filter((a) => a.witnessId === w.id && texts.has(`${a.id}.txt`)).map((a) => a.id);
    cases.push({ guid: w.id, name: `Witness ${w.code}`, description: lines(w.description, identity), codeGuids: [], sourceGuids: accounts });
  }
  const caseIds = new Set(d.cases.map((c) => c.id));
  const user = { guid: stableGuid('user', d.generator), name: d.generator };
  const project: QdaProject = {
    name: d.title,
    origin: d.generator,
    createdAt: d.generatedAt,
    user,
    codes: codeTree(d),
    sets: [],
    cases,
    sources,
    notes,
    noteGuids: [...d.memos.map((m) => ({ id: m.id, on: m.targetId })), ...d.quotes.map((q) => ({ id: q.id, on: q.articleId }))].filter((n) => !n.on || caseIds.has(n.on) || !d.articles.some((a) => a.id === n.on)).map((n) => n.id),
  };
  return { project, texts };
}
