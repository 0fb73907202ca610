import { AppError } from '../../shared/api/errors';
import { reanchor } from '../../shared/domain/anchoring';
import { CodePointText } from '../../shared/domain/code-points';
import type { ProjectImportReport } from '../../shared/schemas/project-import';
import { parseCodebookQdc } from '../interop/codebook-qdc';
import { locateSelections, type Located } from '../interop/refi-qda/line-ends';
import type { QdaProject, QdaSource } from '../interop/refi-qda/model';
import { readQde, type ReadProject } from '../interop/refi-qda/read-qde';
import { sourceFile, unpackQdpx, type Unpacked } from '../interop/refi-qda/unpack';
import { assertImportableBytes, storeArticle } from './articles';
import { insertCase, linkArticles } from './cases';
import { mergeCodebook } from './codebook';
import type { ServiceContext } from './context';
import { addCodes } from './tagging';
import { undoable } from './undo';

/**
 * Imports a REFI-QDA project: its sources become articles (the source's text file kept as the
 * original, with its SHA-256), its codings highlights with codes (placed by the anchoring; a coding
 * whose text cannot be found goes to the review list, never onto other words), its cases cases,
 * its notes memos, its code sets categories. Everything is read and checked before the one
 * transaction that writes; a refused file writes nothing.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Prepared {
  source: QdaSource;
  bytes: Uint8Array;
  fileName: string;
  text: string;
  located: Located[];
}

function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function prepareSources(read: ReadProject, unpacked: Unpacked, problems: string[]): Prepared[] {
  const prepared: Prepared[] = [];
  const counted = { once: 0, twice: 0 };
  for (const source of read.project.sources) {
    const inline = read.inlineTexts.get(source.guid);
    const file = source.plainTextPath ? sourceFile(unpacked, source.plainTextPath) : null;
    const bytes = file?.bytes ?? (inline !== undefined ? new TextEncoder().encode(inline) : null);
    if (!bytes) {
      problems.push(source.plainTextPath
        ? `“${source.name}” was not imported: its text ${/^internal:/i.test(source.plainTextPath) || !source.plainTextPath.includes(':') ? `(${source.plainTextPath}) is not in the project's sources folder` : `is outside the project (${source.plainTextPath})`}.`
        : `“${source.name}” was not imported: it has no plain text (only a rich-text or other file).`);
      continue;
    }
    const text = decode(bytes);
    if (text === null || !text.trim()) {
      problems.push(`“${source.name}” was not imported: its text file is ${text === null ? 'not UTF-8 text' : 'empty'}.`);
      continue;
    }
    try {
      assertImportableBytes(bytes, `“${source.name}”`);
    } catch (error) {
      problems.push((error as Error).message.replace(/ Nothing was imported\.$/, ' It was not imported.'));
      continue;
    }
    const { ends, located } = locateSelections(text, source.selections);
    if (ends === 'crlf-once') counted.once++;
    if (ends === 'crlf-twice') counted.twice++;
    const fileName = file?.name && !/^[0-9a-f{}-]{36,38}\.txt$/i.test(source.name) ? `${source.name.replace(/\.(txt|docx|pdf|rtf)$/i, '')}.txt` : `${source.guid}.txt`;
    prepared.push({ source, bytes, fileName, text, located });
  }
  if (counted.once) problems.push(`${counted.once} source${counted.once === 1 ? '' : 's'} with Windows line ends (CRLF) counted each line end as one character (as ATLAS.ti does); positions were read that way.`);
  return prepared;
}

function freeCaseTitle(ctx: ServiceContext, title: string): string {
  const base = title.trim().slice(0, 190) || 'Imported case';
  const taken = (t: string) => ctx.db.prepare('SELECT 1 FROM cases WHERE lower(title) = lower(?) AND deleted_at IS NULL').get(t);
  let candidate = base;
  for (let n = 2; taken(candidate); n++) candidate = `${base} (${n})`;
  return candidate;
}

interface Writer {
  ctx: ServiceContext;
  report: ProjectImportReport;
  codeIds: Map<string, string>;
  noteText: Map<string, string>;
  usedNotes: Set<string>;
  unknownCodes: Set<string>;
}

function mapCodes(w: Writer, guids: readonly string[]): string[] {
  const ids: string[] = [];
  for (const g of guids) {
    const id = w.codeIds.get(g);
    if (id) ids.push(id);
    else w.unknownCodes.add(g);
  }
  return [...new Set(ids)];
}

function notesText(w: Writer, guids: readonly string[]): string[] {
  return guids.flatMap((g) => {
    const text = w.noteText.get(g);
    if (text === undefined) return [];
    w.usedNotes.add(g);
    return text.trim() ? [text.trim()] : [];
  });
}

function memo(w: Writer, type: 'article' | 'case', targetId: string, text: string): void {
  if (!text.trim()) return;
  const now = w.ctx.now();
  w.ctx.db.prepare("INSERT INTO memos (id, target_type, target_id, text, visibility, created_at, updated_at) VALUES (?, ?, ?, ?, 'team', ?, ?)").run(w.ctx.newId(), type, targetId, text, now, now);
  w.report.memos++;
}

function writeCodings(w: Writer, articleId: string, readingText: string, located: Located[]): void {
  const text = new CodePointText(readingText);
  const insert = w.ctx.db.prepare(
    `INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, status, previous_exact, memo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const { selection, selector } of located) {
    if (selection.end <= selection.start || selection.start < 0) {
      w.report.problems.push(`A coding of ${selection.start}–${selection.end} has no text between its positions; it was skipped.`);
      continue;
    }
    const found = selector ? reanchor(text, selector) : null;
    const status = found?.status ?? 'orphaned';
    const s = found && status !== 'orphaned' ? found.selector : (selector ?? { start: selection.start, end: selection.end, exact: selection.name, prefix: '', suffix: '' });
    const memoText = [selection.description, ...notesText(w, selection.noteGuids)].filter((t) => t.trim()).join('\n\n');
    const id = w.ctx.newId();
    const now = w.ctx.now();
    insert.run(id, articleId, s.start, Math.max(s.end, s.start + 1), s.exact, s.prefix, s.suffix, status, status === 'review' ? (selector?.exact ?? null) : null, memoText, now, now);
    addCodes(w.ctx, 'highlight', id, mapCodes(w, selection.codeGuids));
    w.report[status === 'anchored' ? 'highlights' : status]++;
  }
}

function writeProject(w: Writer, project: QdaProject, prepared: Prepared[]): void {
  const articleOf = new Map<string, string>();
  for (const p of prepared) {
    const result = storeArticle(w.ctx, { bytes: p.bytes, fileName: p.fileName, mediaType: 'text/plain; charset=utf-8', kind: 'text' }, { text: p.text }, { title: p.source.name });
    articleOf.set(p.source.guid, result.article.id);
    if (result.duplicate) {
      w.report.problems.push(`“${p.source.name}” is already in the workspace as “${result.article.title}”${result.inTrash ? ' (in the trash)' : ''}; its codings were not imported again.`);
      continue;
    }
    w.report.articles++;
    const article = result.article as { id: string };
    const readingText = w.ctx.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(article.id) as string;
    writeCodings(w, article.id, readingText, p.located);
    addCodes(w.ctx, 'article', article.id, mapCodes(w, p.source.codeGuids));
    memo(w, 'article', article.id, [p.source.description, ...notesText(w, p.source.noteGuids)].filter(Boolean).join('\n\n'));
  }
  const projectCase = insertCase(w.ctx, freeCaseTitle(w.ctx, project.name), `Imported from a REFI-QDA project${project.origin ? ` made with ${project.origin}` : ''}.`);
  w.report.caseId = projectCase.id;
  linkArticles(w.ctx, projectCase.id, [...new Set(articleOf.values())]);
  for (const c of project.cases) {
    const created = insertCase(w.ctx, freeCaseTitle(w.ctx, c.name), c.description);
    const members = c.sourceGuids.map((g) => articleOf.get(g)).filter((id): id is string => !!id);
    linkArticles(w.ctx, created.id, [...new Set(members)]);
    addCodes(w.ctx, 'case', created.id, mapCodes(w, c.codeGuids));
    w.report.cases++;
  }
  const loose = [...project.noteGuids, ...project.notes.map((n) => n.guid).filter((g) => !w.usedNotes.has(g) && !project.noteGuids.includes(g))];
  for (const g of loose) {
    const note = project.notes.find((n) => n.guid === g);
    const text = notesText(w, [g]).join('');
    if (note && text) memo(w, 'case', projectCase.id, note.name && note.name !== text.slice(0, note.name.length) ? `${note.name}\n\n${text}` : text);
  }
}

export function importProject(ctx: ServiceContext, fileName: string, bytes: Uint8Array): ProjectImportReport {
  const name = fileName.split(/[\\/]/).pop() || fileName;
  if (!bytes.byteLength) throw new AppError('invalid_input', `${name} is empty. Nothing was imported.`);
  const unpacked = unpackQdpx(bytes, name);
  const read = readQde(unpacked.qde);
  const problems = [...read.problems];
  const hasCodes = /<([\w-]+:)?Code[\s/>]/.test(unpacked.qde);
  const codebook = hasCodes ? parseCodebookQdc(unpacked.qde, true) : null;
  if (codebook) problems.push(...codebook.problems);
  const prepared = prepareSources(read, unpacked, problems);
  const noteText = new Map<string, string>();
  for (const note of read.project.notes) {
    const path = read.notePaths.get(note.guid);
    const file = path ? sourceFile(unpacked, path) : null;
    const fromFile = file ? decode(file.bytes) : null;
    if (path && fromFile === null) problems.push(`The note “${note.name || note.guid}” names a text file (${path}) that is not in the project or not UTF-8; only its description was kept.`);
    noteText.set(note.guid, [note.text, fromFile?.trim()].filter(Boolean).join('\n\n'));
  }
  const report: ProjectImportReport = { project: read.project.name, caseId: '00000000-0000-4000-8000-000000000000', articles: 0, highlights: 0, review: 0, orphaned: 0, codesCreated: 0, codesUpdated: 0, cases: 0, memos: 0, problems };
  const w: Writer = { ctx, report, codeIds: new Map(), noteText, usedNotes: new Set(), unknownCodes: new Set() };
  undoable(ctx, `Import project ${name}`, () => {
    if (codebook) {
      const merged = mergeCodebook(ctx, codebook.doc, problems, w.codeIds);
      report.codesCreated = merged.created;
      report.codesUpdated = merged.updated;
    }
    writeProject(w, read.project, prepared);
  });
  if (w.unknownCodes.size) problems.push(`${w.unknownCodes.size} code${w.unknownCodes.size === 1 ? '' : 's'} used by codings or cases ${w.unknownCodes.size === 1 ? 'is' : 'are'} not in the project's codebook; those codings were kept without ${w.unknownCodes.size === 1 ? 'it' : 'them'}.`);
  if (report.review || report.orphaned) problems.push(`${report.review + report.orphaned} coding${report.review + report.orphaned === 1 ? '' : 's'} could not be placed on ${report.review + report.orphaned === 1 ? 'its' : 'their'} text with certainty and ${report.review + report.orphaned === 1 ? 'is' : 'are'} in the review list (${report.review} to confirm, ${report.orphaned} to re-attach).`);
  return report;
}
