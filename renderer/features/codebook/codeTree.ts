import type { CodeWithCounts } from '../../../src/shared/schemas/code';

export interface CodeNode {
  code: CodeWithCounts;
  depth: number;
  children: CodeNode[];
  parent: CodeNode | null;
}

/** The codebook as a forest, siblings in sortOrder then name (as codes.list returns them). */
export function buildCodeTree(codes: readonly CodeWithCounts[]): CodeNode[] {
  const nodes = new Map<string, CodeNode>(codes.map((code) => [code.id, { code, depth: 0, children: [], parent: null }]));
  const roots: CodeNode[] = [];
  for (const code of codes) {
    const node = nodes.get(code.id)!;
    const parent = code.parentId ? nodes.get(code.parentId) : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
  }
  const setDepth = (list: CodeNode[], depth: number) => {
    for (const node of list) {
      node.depth = depth;
      setDepth(node.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

/** Every node in reading order (parents before their children). */
export function flattenTree(roots: readonly CodeNode[], collapsed: ReadonlySet<string> = new Set()): CodeNode[] {
  const out: CodeNode[] = [];
  const walk = (list: readonly CodeNode[]) => {
    for (const node of list) {
      out.push(node);
      if (!collapsed.has(node.code.id)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** The id of a code and all its descendants. */
export function subtreeIds(codes: readonly CodeWithCounts[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) {
      if (c.parentId && ids.has(c.parentId) && !ids.has(c.id)) {
        ids.add(c.id);
        grew = true;
      }
    }
  }
  return ids;
}

export interface CodeOption {
  id: string;
  label: string;
  depth: number;
  isCodable: boolean;
}

/** Codes in tree order for a picker, leaving out `exclude` (for example a code and its sub-codes). */
export function codeOptions(codes: readonly CodeWithCounts[], exclude: ReadonlySet<string> = new Set()): CodeOption[] {
  return flattenTree(buildCodeTree(codes))
    .filter((n) => !exclude.has(n.code.id))
    .map((n) => ({ id: n.code.id, label: n.code.name, depth: n.depth, isCodable: n.code.isCodable }));
}
