import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CodebookDocument, CodebookImportReport } from '../../shared/schemas/code';
import { exportCodebookJson, parseCodebookJson } from '../interop/codebook-json';
import { exportCodebookQdc, parseCodebookQdc } from '../interop/codebook-qdc';
import { unpackQdpx } from '../interop/refi-qda/unpack';
import { insertCode, listCodes } from './codes';
import type { ServiceContext } from './context';
import { undoable } from './undo';

export const DEFAULT_CODEBOOK_FILE = join('codebook', 'sectarian-dimensions.json');
const SEEDED_KEY = 'default_codebook_seeded';

export type CodebookFormat = 'json' | 'qdc';

/** The live codebook as a portable document. */
export function codebookDocument(ctx: ServiceContext, name = 'Fieldnotes codebook'): CodebookDocument {
  return {
    format: 'fieldnotes-codebook',
    version: 1,
    name,
    codes: listCodes(ctx).map((c) => ({
      id: c.id,
      parentId: c.parentId,
      name: c.name,
      color: c.color,
      description: c.description,
      shortcut: c.shortcut,
      isCodable: c.isCodable,
      sortOrder: c.sortOrder,
    })),
  };
}

export function exportCodebook(ctx: ServiceContext, format: CodebookFormat): { fileName: string; mediaType: string; content: string } {
  const doc = codebookDocument(ctx);
  return format === 'qdc'
    ? { fileName: 'codebook.qdc', mediaType: 'application/xml', content: exportCodebookQdc(doc) }
    : { fileName: 'codebook.json', mediaType: 'application/json', content: exportCodebookJson(doc) };
}

/** Parents before children, whatever order the file lists them in. */
function parentsFirst(codes: CodebookDocument['codes']): CodebookDocument['codes'] {
  const ids = new Set(codes.map((c) => c.id));
  const done = new Set<string>();
  const out: CodebookDocument['codes'] = [];
  let pending = codes;
  while (pending.length) {
    const ready = pending.filter((c) => !c.parentId || !ids.has(c.parentId) || done.has(c.parentId));
    if (!ready.length) throw new AppError('invalid_input', 'The codebook has codes that are their own ancestors; nothing was imported.');
    for (const c of ready) {
      out.push(c);
      done.add(c.id);
    }
    pending = pending.filter((c) => !done.has(c.id));
  }
  return out;
}

/**
 * Adds a codebook to the workspace's: a code with the same id, or the same name under the same
 * parent, is the same code (its definition and colour are taken from the file); others are created.
 * idMap receives, for each code of the file, the id of the workspace code it became.
 */
export function mergeCodebook(ctx: ServiceContext, doc: CodebookDocument, problems: string[], idMap = new Map<string, string>()): CodebookImportReport {
  let created = 0;
  let updated = 0;
  for (const code of parentsFirst(doc.codes)) {
    const parentId = code.parentId ? (idMap.get(code.parentId) ?? null) : null;
    const byId = ctx.db.prepare('SELECT id, parent_id FROM codes WHERE id = ? AND deleted_at IS NULL').get(code.id) as { id: string; parent_id: string | null } | undefined;
    const byName = ctx.db
      .prepare("SELECT id FROM codes WHERE ifnull(parent_id, '') = ifnull(?, '') AND lower(name) = lower(?) AND deleted_at IS NULL")
      .pluck()
      .get(parentId, code.name) as string | undefined;
    const existing = byId?.id ?? byName;
    let shortcut = code.shortcut;
    const shortcutOwner = shortcut ? (ctx.db.prepare('SELECT id FROM codes WHERE shortcut = ? AND deleted_at IS NULL').pluck().get(shortcut) as string | undefined) : undefined;
    if (shortcutOwner && shortcutOwner !== existing) {
      problems.push(`The key “${shortcut}” of “${code.name}” is already used by another code; the code was imported without a key.`);
      shortcut = null;
    }
    if (existing) {
      const d = code.description;
      ctx.db
        .prepare('UPDATE codes SET color = ?, definition = ?, when_to_use = ?, when_not_to_use = ?, example = ?, shortcut = ?, is_codable = ?, updated_at = ? WHERE id = ?')
        .run(code.color, d.definition, d.whenToUse, d.whenNotToUse, d.example, shortcut, code.isCodable ? 1 : 0, ctx.now(), existing);
      idMap.set(code.id, existing);
      updated++;
    } else {
      const taken = ctx.db.prepare('SELECT 1 FROM codes WHERE id = ?').get(code.id);
      const inserted = insertCode(ctx, { ...code, id: taken ? ctx.newId() : code.id, parentId, shortcut });
      idMap.set(code.id, inserted.id);
      created++;
    }
  }
  return { created, updated, problems };
}

/** content: the text of a .qdc, .qde or JSON codebook, or the bytes of a .qdpx project (whose project.qde holds the codebook). */
export function importCodebook(ctx: ServiceContext, fileName: string, content: string | Uint8Array): CodebookImportReport {
  const text = typeof content === 'string' ? content : unpackQdpx(content, fileName).qde;
  const isQdc = typeof content !== 'string' || /\.(qdc|qde|xml)$/i.test(fileName) || /^\s*<\?xml|^\s*</.test(text);
  const { doc, problems } = isQdc ? parseCodebookQdc(text) : parseCodebookJson(text);
  return undoable(ctx, `Import codebook ${fileName}`, () => mergeCodebook(ctx, doc, [...problems]));
}

/** On first run, the default "Sectarian dimensions" codebook from resources/ (once per workspace). */
export function seedDefaultCodebook(ctx: ServiceContext, resourcesDir: string): void {
  if (ctx.db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEEDED_KEY)) return;
  let text: string;
  try {
    text = readFileSync(join(resourcesDir, DEFAULT_CODEBOOK_FILE), 'utf8');
  } catch {
    return; // Without the resource (a damaged install) the workspace starts with an empty codebook.
  }
  const { doc } = parseCodebookJson(text);
  ctx.db.transaction(() => {
    mergeCodebook(ctx, doc, []);
    ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, ctx.now());
  }).immediate();
}
