import type { ReactNode } from 'react';
import { modKey } from '../lib/platform';

interface AppToolbarProps {
  /** Undo and redo buttons (features/undo). */
  undo?: ReactNode;
  switcher: ReactNode;
  /** Reader, Codebook, Reports, Search: what the centre pane shows. */
  views?: ReactNode;
  /** The search box (features/search). */
  search?: ReactNode;
  inspectorVisible: boolean;
  /** The page's level-one heading, when no article title or welcome heading is the page's h1. */
  appHeading: boolean;
  showInspectorToggle: boolean;
  onImportFiles: () => void;
  onPasteText: () => void;
  onOpenPalette: () => void;
  onToggleInspector: () => void;
}

/** Top bar: the app's name, the import actions, the search box, the palette and the inspector toggle. */
export function AppToolbar(props: AppToolbarProps) {
  return (
    <header className="toolbar">
      <a
        className="skip-link"
        href="#reader"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('reader')?.focus();
        }}
      >
        Skip to the reader
      </a>
      <div className="toolbar-brand">
        {props.appHeading && <h1 className="visually-hidden">Fieldnotes</h1>}
        <span className="toolbar-mark" aria-hidden="true" />
        <span className="toolbar-brand-name" aria-hidden="true">
          Fieldnotes
        </span>
      </div>
      {props.views}
      <div className="toolbar-group">
        <button type="button" className="btn" onClick={props.onImportFiles}>
          <span className="label-long">Import files…</span>
          <span className="label-short">Import…</span>
        </button>
        <button type="button" className="btn" onClick={props.onPasteText}>
          <span className="label-long">Paste text…</span>
          <span className="label-short">Paste…</span>
        </button>
      </div>
      {props.undo}
      <span className="toolbar-spacer" />
      {props.search}
      {props.switcher}
      <button type="button" className="btn btn-quiet toolbar-palette" onClick={props.onOpenPalette} aria-label="Commands" aria-keyshortcuts={`${modKey === '⌘' ? 'Meta' : 'Control'}+K`}>
        <span className="toolbar-palette-label">Commands</span>
        <span className="toolbar-shortcut" aria-hidden="true">
          <kbd>{modKey}</kbd>
          <kbd>K</kbd>
        </span>
      </button>
      {props.showInspectorToggle && (
        <button type="button" className="btn btn-quiet" aria-pressed={props.inspectorVisible} onClick={props.onToggleInspector}>
          Inspector
        </button>
      )}
    </header>
  );
}
