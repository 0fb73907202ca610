import { useEffect, type KeyboardEvent } from 'react';
import type { CodeNode } from './codeTree';
import { CodeTreeRow, treeItemId } from './CodeTreeRow';

export const CODE_TREE_ID = 'code-tree';

interface CodeTreeProps {
  /** The rows on screen, in order (collapsed sub-trees left out). */
  rows: readonly CodeNode[];
  selectedId: string | null;
  collapsed: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  /** Enter or double-click: go to the code's form. */
  onActivate: (id: string) => void;
  onDelete: (id: string) => void;
}

/**
 * The codebook as an ARIA tree with one tab stop. Up/Down move, Right opens or goes to the first
 * sub-code, Left closes or goes to the parent, Home/End, a letter jumps to the next code starting with it.
 */
export function CodeTree({ rows, selectedId, collapsed, onSelect, onToggle, onActivate, onDelete }: CodeTreeProps) {
  const index = rows.findIndex((n) => n.code.id === selectedId);
  const current = index >= 0 ? rows[index] : null;

  useEffect(() => {
    if (!selectedId) return;
    document.getElementById(treeItemId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  function move(to: number) {
    const node = rows[Math.min(rows.length - 1, Math.max(0, to))];
    if (node) onSelect(node.code.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || rows.length === 0) return;
    const open = current && current.children.length > 0 && !collapsed.has(current.code.id);
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index < 0 ? 0 : index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        if (!current) move(0);
        else if (current.children.length > 0 && !open) onToggle(current.code.id);
        else if (open) onSelect(current.children[0].code.id);
        break;
      case 'ArrowLeft':
        if (current && open) onToggle(current.code.id);
        else if (current?.parent) onSelect(current.parent.code.id);
        break;
      case 'Enter':
      case 'F2':
        if (current) onActivate(current.code.id);
        break;
      case 'Delete':
        if (current) onDelete(current.code.id);
        break;
      default: {
        if (event.key.length !== 1 || !/\S/.test(event.key)) return;
        const letter = event.key.toLowerCase();
        const after = [...rows.slice(index + 1), ...rows.slice(0, index + 1)];
        const hit = after.find((n) => n.code.name.toLowerCase().startsWith(letter));
        if (!hit) return;
        onSelect(hit.code.id);
      }
    }
    event.preventDefault();
  }

  return (
    <>
    <div
      id={CODE_TREE_ID}
      className="list-box code-tree"
      role="tree"
      tabIndex={0}
      aria-label="Codes"
      aria-describedby="code-tree-keys"
      aria-activedescendant={current ? treeItemId(current.code.id) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (!current && rows[0]) onSelect(rows[0].code.id);
      }}
    >
      {rows.map((node) => (
        <CodeTreeRow
          key={node.code.id}
          node={node}
          selected={node.code.id === selectedId}
          expanded={!collapsed.has(node.code.id)}
          onSelect={onSelect}
          onToggle={onToggle}
          onActivate={onActivate}
        />
      ))}
    </div>
    <p id="code-tree-keys" className="visually-hidden">
      Arrow keys move through the codes, Right and Left open and close a group, Enter edits the code, Delete deletes it.
    </p>
    </>
  );
}
