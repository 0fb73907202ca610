import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Code } from '../../../src/shared/schemas/code';
import { CodebookHeader } from './CodebookHeader';
import { CodeEditor, type EditorMode } from './CodeEditor';
import { CodeTree, CODE_TREE_ID } from './CodeTree';
import { buildCodeTree, flattenTree } from './codeTree';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { ImportReport } from './ImportReport';
import { MergeCodeDialog } from './MergeCodeDialog';
import { MoveCodeDialog } from './MoveCodeDialog';
import { useCodeActions } from './useCodeActions';
import { useCodeList } from './useCodeList';
import { useCodebookTransfer } from './useCodebookTransfer';
import './codebook.css';
import './codeEditor.css';
import { ExportButton } from '../export/ExportButton';

/** Where the view was left, so coming back to it shows the same code. */
const remembered: { selectedId: string | null; collapsed: Set<string> } = { selectedId: null, collapsed: new Set() };

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The codebook: the code tree on the left, the selected code's form on the right. */
export function CodebookView() {
  const book = useCodeList();
  const [selectedId, setSelectedId] = useState(remembered.selectedId);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(remembered.collapsed);
  const [creating, setCreating] = useState<{ parent: Code | null } | null>(null);
  const { codes } = book;

  const roots = useMemo(() => buildCodeTree(codes), [codes]);
  const rows = useMemo(() => flattenTree(roots, collapsed), [roots, collapsed]);
  const selected = codes.find((c) => c.id === selectedId) ?? null;

  const select = useCallback((id: string | null) => {
    remembered.selectedId = id;
    setSelectedId(id);
    setCreating(null);
  }, []);

  const actions = useCodeActions(select);
  const transfer = useCodebookTransfer();

  // After a move, merge or delete the button that opened its dialog may be gone: carry on from the tree.
  useEffect(() => {
    if (actions.settled > 0) document.getElementById(CODE_TREE_ID)?.focus();
  }, [actions.settled]);

  const toggle = useCallback((id: string) => {
    setCollapsed((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      remembered.collapsed = next;
      return next;
    });
  }, []);

  const startCreate = (parent: Code | null) => {
    setCreating({ parent });
    focusSoon(`code-new${parent?.id ?? ''}-name`);
  };

  const onSaved = (code: Code, created: boolean) => {
    if (!created) return;
    select(code.id);
    focusSoon(CODE_TREE_ID);
  };

  const mode: EditorMode | null = creating ? { kind: 'create', parent: creating.parent } : selected ? { kind: 'edit', code: selected } : null;
  const byId = (id: string) => codes.find((c) => c.id === id) ?? null;

  return (
    <section className="pane view codebook-view" aria-labelledby="codebook-heading">
      <CodebookHeader
        codeCount={codes.filter((c) => c.isCodable).length}
        categoryCount={codes.filter((c) => !c.isCodable).length}
        canAddSubcode={selected !== null}
        busy={transfer.busy}
        onNewCode={() => startCreate(null)}
        onNewSubcode={() => selected && startCreate(selected)}
        onImport={transfer.importFile}
        onExport={transfer.exportAs}
      />
      {transfer.outcome && <ImportReport outcome={transfer.outcome} onDismiss={transfer.dismiss} />}
      {book.error && (
        <p className="codebook-message field-error" role="alert">
          The codebook could not be read: {book.error}
        </p>
      )}
      <div className="codebook-body">
        <div className="codebook-tree-panel">
          <div className="codebook-columns" aria-hidden="true">
            <span>Code</span>
            <span className="codebook-column-key">Key</span>
            <span className="codebook-column-count">Uses</span>
            <span className="codebook-column-count">Docs</span>
          </div>
          <CodeTree
            rows={rows}
            selectedId={selectedId}
            collapsed={collapsed}
            onSelect={select}
            onToggle={toggle}
            onActivate={(id) => focusSoon(`code-${id}-name`)}
            onDelete={(id) => actions.setDeleting(byId(id))}
          />
          {book.loaded && codes.length === 0 && <p className="codebook-message">The codebook is empty. Create a code, or import a codebook (.qdc or .json).</p>}
        </div>
        <div className="codebook-editor-panel">
          {mode ? (
            <CodeEditor
              key={creating ? `new:${creating.parent?.id ?? ''}` : selected?.id}
              mode={mode}
              codes={codes}
              onSaved={onSaved}
              onCancelCreate={() => setCreating(null)}
              onNewSubcode={startCreate}
              onMove={actions.setMoving}
              onMerge={actions.setMerging}
              onDelete={actions.setDeleting}
            />
          ) : (
            <p className="codebook-placeholder">Select a code to read and edit its definition, or create a new code.</p>
          )}
          {selected && !creating && selected.isCodable && (
            <div className="code-editor-more" role="group" aria-label="Export">
              <ExportButton context={{ code: { id: selected.id, name: selected.name } }} label="Export segments…" ariaLabel={`Export the segments coded “${selected.name}”`} />
            </div>
          )}
        </div>
      </div>
      <MoveCodeDialog code={actions.moving} codes={codes} onClose={actions.close} onMoved={actions.onMoved} />
      <MergeCodeDialog code={actions.merging} codes={codes} onClose={actions.close} onMerged={actions.onMerged} />
      <DeleteCodeDialog code={actions.deleting} codes={codes} onClose={actions.close} onDeleted={actions.onDeleted} />
    </section>
  );
}
