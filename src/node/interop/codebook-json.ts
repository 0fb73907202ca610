import { AppError, describeZodError, summarizeIssues } from '../../shared/api/errors';
import { CodebookDocument, type CodeDescription } from '../../shared/schemas/code';
import { LIMITS } from './limits';

/**
 * The portable codebook. As JSON it is the lossless exchange format (every field of every code):
 * `exportCodebookJson` writes keys in a fixed order so that two exports of the same codebook are
 * byte-identical; `parseCodebookJson` validates with the CodebookDocument schema and checks the
 * hierarchy (parents exist, no cycles, names unique among siblings).
 * Also here, for every codebook format: those hierarchy rules, and the one-text form of a code's
 * description (`packDescription`) for formats with a single description field (REFI-QDA .qdc/.qde).
 */

type DocCode = CodebookDocument['codes'][number];

/** Pretty JSON (2 spaces, trailing newline), keys always in the same order. */
export function exportCodebookJson(doc: CodebookDocument): string {
  const ordered = {
    format: doc.format,
    version: doc.version,
    name: doc.name,
    codes: doc.codes.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      name: c.name,
      color: c.color,
      description: {
        definition: c.description.definition,
        whenToUse: c.description.whenToUse,
        whenNotToUse: c.description.whenNotToUse,
        example: c.description.example,
      },
      shortcut: c.shortcut,
      isCodable: c.isCodable,
      sortOrder: c.sortOrder,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Reads a codebook written by `exportCodebookJson` (or by hand). Throws AppError('invalid_input')
 * when the file cannot be used at all; otherwise returns the codebook and the problems that were
 * repaired (one sentence each).
 */
export function parseCodebookJson(text: string): { doc: CodebookDocument; problems: string[] } {
  const raw = parseJsonText(text);
  assertCodebookShape(raw);
  const result = CodebookDocument.safeParse(raw);
  if (!result.success) {
    const issues = describeZodError(result.error);
    throw new AppError('invalid_input', summarizeIssues('The codebook file is not valid', issues), issues);
  }
  const doc = result.data;
  const problems: string[] = [];
  assertUniqueIds(doc.codes);
  detachOrphans(doc.codes, problems);
  assertNoCycles(doc.codes);
  resolveNameClashes(doc.codes, problems);
  return { doc, problems };
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8's own wording ("Expected ':' after property name in JSON at position 58") is not for users; the place is.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = at ? ` near character ${Number(at) + 1}` : '';
    throw new AppError('invalid_input', `The codebook file is not valid JSON: it is cut short or damaged${where}. Nothing was imported.`);
  }
}

function assertCodebookShape(raw: unknown): void {
  const format = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { format?: unknown }).format : undefined;
  if (format !== 'fieldnotes-codebook') {
    throw new AppError('invalid_input', 'This is not a Fieldnotes codebook file: it should be a JSON object with "format": "fieldnotes-codebook".');
  }
}

function assertUniqueIds(codes: DocCode[]): void {
  const seen = new Map<string, string>();
  for (const code of codes) {
    const first = seen.get(code.id);
    if (first !== undefined) {
      throw new AppError('invalid_input', `The codebook file is not valid: the codes “${first}” and “${code.name}” have the same id (${code.id}).`);
    }
    seen.set(code.id, code.name);
  }
}

/** A parentId that names no code in the file: the code is moved to the top level. */
export function detachOrphans(codes: DocCode[], problems: string[]): void {
  const ids = new Set(codes.map((c) => c.id));
  for (const code of codes) {
    if (code.parentId !== null && !ids.has(code.parentId)) {
      problems.push(`The parent of “${code.name}” is not in the file; the code was moved to the top level.`);
      code.parentId = null;
    }
  }
}

/** Throws when a code is its own ancestor (the hierarchy must be a tree) or nests too deep to read safely. */
export function assertNoCycles(codes: readonly DocCode[]): void {
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId] as const));
  const nameOf = new Map(codes.map((c) => [c.id, c.name] as const));
  const depthOf = new Map<string, number>();
  for (const code of codes) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = code.id;
    while (current !== null && !depthOf.has(current)) {
      if (onPath.has(current)) {
        throw new AppError('invalid_input', `The codebook file is not valid: “${nameOf.get(current)}” is inside itself (its parents form a loop).`);
      }
      path.push(current);
      onPath.add(current);
      current = parentOf.get(current) ?? null;
    }
    let depth = current === null ? 0 : depthOf.get(current)!;
    for (let i = path.length - 1; i >= 0; i--) depthOf.set(path[i], ++depth);
    if (depth > LIMITS.xmlDepth) {
      throw new AppError('too_large', `The codebook nests codes more than ${LIMITS.xmlDepth} levels deep (codebooks nest fewer than 20), so it cannot be read safely. Nothing was imported.`);
    }
  }
}

/**
 * Names are unique among siblings, ignoring case (as in the workspace). A later code with a taken
 * name is renamed "Name (2)", "Name (3)", ... and a note says so.
 */
export function resolveNameClashes(codes: DocCode[], problems: string[]): void {
  const nameOf = new Map(codes.map((c) => [c.id, c.name] as const));
  const taken = new Set<string>();
  const key = (parentId: string | null, name: string) => `${parentId ?? ''}\u0000${name.toLowerCase()}`;
  for (const code of codes) taken.add(key(code.parentId, code.name));
  const seen = new Set<string>();
  for (const code of codes) {
    const own = key(code.parentId, code.name);
    if (!seen.has(own)) {
      seen.add(own);
      continue;
    }
    let n = 2;
    while (taken.has(key(code.parentId, `${code.name} (${n})`))) n++;
    const renamed = `${code.name} (${n})`;
    const where = code.parentId ? `under “${nameOf.get(code.parentId)}”` : 'at the top level';
    problems.push(`“${code.name}” has the same name as another code ${where}; it was renamed “${renamed}”.`);
    code.name = renamed;
    nameOf.set(code.id, renamed);
    taken.add(key(code.parentId, renamed));
    seen.add(key(code.parentId, renamed));
  }
}

// ---------------------------------------------------------------- Description as one text

/** Section headings, each alone on its line. */
const SECTIONS = [
  ['whenToUse', 'When to use:'],
  ['whenNotToUse', 'When not to use:'],
  ['example', 'Example:'],
] as const;
const SHORTCUT_LINE = /^Shortcut key: ([1-9a-z])$/;

const isMarker = (line: string) => SECTIONS.some(([, label]) => label === line) || SHORTCUT_LINE.test(line);
const escapeLines = (text: string) =>
  text.split('\n').map((l) => (isMarker(l.replace(/^\\+/, '')) ? `\\${l}` : l)).join('\n');
const unescapeLine = (l: string) => (l.startsWith('\\') && isMarker(l.replace(/^\\+/, '')) ? l.slice(1) : l);

/**
 * Description convention: the definition, then each non-empty part as a heading line
 * ("When to use:", "When not to use:", "Example:") followed by its text, then a last line
 * "Shortcut key: x"; pieces are separated by one blank line. Empty parts are left out, so a code
 * with only a definition exports exactly its definition. A line of a part that would read as a
 * heading or shortcut line (once leading backslashes are removed) gets one extra leading "\".
 */
export function packDescription(d: CodeDescription, shortcut: string | null): string {
  const pieces: string[] = [];
  if (d.definition) pieces.push(escapeLines(d.definition));
  for (const [key, label] of SECTIONS) if (d[key]) pieces.push(`${label}\n${escapeLines(d[key])}`);
  if (shortcut) pieces.push(`Shortcut key: ${shortcut}`);
  return pieces.join('\n\n');
}

/**
 * The exact reverse of `packDescription`. Text from other tools is read the same way: without
 * heading lines it is all definition; heading lines typed by hand start sections.
 */
export function unpackDescription(text: string): { description: CodeDescription; shortcut: string | null } {
  const description: CodeDescription = { definition: '', whenToUse: '', whenNotToUse: '', example: '' };
  const lines = text.split('\n');
  const shortcut = SHORTCUT_LINE.exec(lines[lines.length - 1])?.[1] ?? null;
  const end = shortcut ? lines.length - 1 : lines.length;
  let field: keyof CodeDescription = 'definition';
  let start = 0;
  const flush = (stop: number, beforeMarker: boolean) => {
    const body = lines.slice(start, stop);
    if (beforeMarker && body[body.length - 1] === '') body.pop();
    const value = body.map(unescapeLine).join('\n');
    description[field] = description[field] && value ? `${description[field]}\n\n${value}` : description[field] || value;
  };
  for (let i = 0; i < end; i++) {
    const section = SECTIONS.find(([, label]) => label === lines[i]);
    if (!section) continue;
    flush(i, true);
    [field, start] = [section[0], i + 1];
  }
  flush(end, shortcut !== null);
  return { description, shortcut };
}
