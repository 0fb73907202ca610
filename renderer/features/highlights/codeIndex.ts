import type { Code } from '../../../src/shared/schemas/code';

/** A code with where it sits in the hierarchy, for pickers and chips. */
export interface CodeEntry {
  code: Code;
  /** Ancestors' names, outermost first ("Identity of those targeted"). */
  ancestors: string[];
  /** "Identity of those targeted › Alawite" */
  path: string;
  depth: number;
  /** Place in the codebook (depth-first order). */
  position: number;
}

export interface CodeIndex {
  /** Depth-first, in the codebook's order. */
  entries: CodeEntry[];
  byId: Map<string, CodeEntry>;
  /** Codable codes by shortcut key. */
  byShortcut: Map<string, CodeEntry>;
}

export const PATH_SEPARATOR = ' › ';

export function buildCodeIndex(codes: readonly Code[]): CodeIndex {
  const children = new Map<string | null, Code[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const code of codes) {
    const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));

  const entries: CodeEntry[] = [];
  const visit = (parent: string | null, ancestors: string[], seen: Set<string>) => {
    for (const code of children.get(parent) ?? []) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      entries.push({ code, ancestors, path: [...ancestors, code.name].join(PATH_SEPARATOR), depth: ancestors.length, position: entries.length });
      visit(code.id, [...ancestors, code.name], seen);
    }
  };
  visit(null, [], new Set());

  const byId = new Map(entries.map((e) => [e.code.id, e]));
  const byShortcut = new Map<string, CodeEntry>();
  for (const entry of entries) if (entry.code.shortcut && entry.code.isCodable) byShortcut.set(entry.code.shortcut, entry);
  return { entries, byId, byShortcut };
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '').toLowerCase();

/**
 * Codes whose name or path contains every typed word, best first: names starting with the query,
 * then names containing it, then matches only in a parent's name (so "harm" lists the Harm codes).
 * Categories are never returned: they group codes and cannot be applied.
 */
export function filterCodes(index: CodeIndex, query: string, exclude: ReadonlySet<string> = new Set()): CodeEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const codable = index.entries.filter((e) => e.code.isCodable && !exclude.has(e.code.id));
  if (words.length === 0) return codable;
  const phrase = words.join(' ');
  const scored: { entry: CodeEntry; score: number; order: number }[] = [];
  codable.forEach((entry, order) => {
    const name = fold(entry.code.name);
    const path = fold(entry.path);
    if (!words.every((w) => path.includes(w))) return;
    const score = name.startsWith(phrase) ? 0 : name.split(/\s+/).some((w) => w.startsWith(words[0])) ? 1 : words.every((w) => name.includes(w)) ? 2 : 3;
    scored.push({ entry, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.entry);
}

/** Categories (not codable) whose name matches the query, to explain why they are not offered. */
export function matchingCategories(index: CodeIndex, query: string): CodeEntry[] {
  const phrase = fold(query).trim();
  if (!phrase) return [];
  return index.entries.filter((e) => !e.code.isCodable && fold(e.code.name).includes(phrase));
}

/** Names of codes in the order given, skipping ids not in the codebook (deleted codes). */
export function codeNames(index: CodeIndex, codeIds: readonly string[]): string[] {
  return codeIds.map((id) => index.byId.get(id)?.code.name).filter((n): n is string => Boolean(n));
}
