import { memo, type CSSProperties } from 'react';
import { formatCount, plural } from '../../lib/format';
import type { CodeNode } from './codeTree';

export const treeItemId = (id: string) => `code-item-${id}`;

interface CodeTreeRowProps {
  node: CodeNode;
  selected: boolean;
  expanded: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  onActivate: (id: string) => void;
}

/** "Alawite, key 1, 13 uses in 5 documents"; "Harm, category". */
function accessibleName(code: CodeNode['code']): string {
  const parts = [code.name];
  if (!code.isCodable) parts.push('category');
  if (code.shortcut) parts.push(`key ${code.shortcut}`);
  if (code.isCodable) parts.push(`${plural(code.uses, 'use')} in ${plural(code.documents, 'document')}`);
  return parts.join(', ');
}

/** One code in the tree: disclosure triangle, colour swatch, name, key, uses and documents. */
export const CodeTreeRow = memo(function CodeTreeRow({ node, selected, expanded, onSelect, onToggle, onActivate }: CodeTreeRowProps) {
  const { code, depth, children } = node;
  const hasChildren = children.length > 0;
  const classes = ['list-row code-row', selected && 'is-selected', !code.isCodable && 'is-category'].filter(Boolean).join(' ');
  return (
    <div
      id={treeItemId(code.id)}
      role="treeitem"
      aria-label={accessibleName(code)}
      aria-level={depth + 1}
      aria-selected={selected}
      aria-expanded={hasChildren ? expanded : undefined}
      className={classes}
      style={{ '--depth': depth } as CSSProperties}
      onMouseDown={(event) => {
        if (event.button === 0) onSelect(code.id);
      }}
      onDoubleClick={() => onActivate(code.id)}
    >
      <span
        className="code-twisty"
        aria-hidden="true"
        onMouseDown={(event) => {
          if (!hasChildren || event.button !== 0) return;
          event.stopPropagation();
          onToggle(code.id);
        }}
      >
        {hasChildren ? (expanded ? '▾' : '▸') : ''}
      </span>
      <span className={code.isCodable ? 'code-swatch' : 'code-swatch is-category'} style={{ '--swatch': code.color } as CSSProperties} aria-hidden="true" />
      <span className="code-row-name" dir="auto" title={code.name}>
        {code.name}
      </span>
      {code.isCodable && (
        <>
          <span className="code-row-key">{code.shortcut && <kbd>{code.shortcut}</kbd>}</span>
          <span className="code-row-count">{formatCount(code.uses)}</span>
          <span className="code-row-count">{formatCount(code.documents)}</span>
        </>
      )}
    </div>
  );
});
