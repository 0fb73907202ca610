import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { paneLimits } from './paneLayout';
import type { PaneLayout } from './usePaneLayout';
import { Splitter } from './Splitter';

interface WorkbenchProps {
  layout: PaneLayout;
  library: ReactNode;
  reader: ReactNode;
  inspector: ReactNode;
}

const SPLITTER = '5px';

function columns(layout: PaneLayout): string {
  const { mode, widths, inspectorVisible } = layout;
  if (mode === 'narrow') return 'minmax(0, 1fr)';
  const inspectorColumn = mode === 'wide' && inspectorVisible ? widths.inspector : 0;
  const reserve = inspectorColumn + paneLimits.readerMin + 12;
  const library = `clamp(${paneLimits.library.min}px, ${widths.library}px, calc(100vw - ${reserve}px))`;
  return inspectorColumn
    ? `${library} ${SPLITTER} minmax(0, 1fr) ${SPLITTER} ${inspectorColumn}px`
    : `${library} ${SPLITTER} minmax(0, 1fr)`;
}

/** The three panes with splitters between them; collapses to two, then one, as the window narrows. */
export function Workbench({ layout, library, reader, inspector }: WorkbenchProps) {
  const { mode, widths, inspectorVisible, activePane, resize } = layout;
  const style = { gridTemplateColumns: columns(layout), '--inspector-width': `${widths.inspector}px` } as CSSProperties;
  // Notices sit over the foot of the library (ui/notices): as wide as it is, so they never cover the reader.
  useEffect(() => {
    const root = document.documentElement.style;
    if (mode === 'narrow') root.removeProperty('--notice-width');
    else root.setProperty('--notice-width', `${Math.max(220, widths.library - 24)}px`);
  }, [mode, widths.library]);
  return (
    <main className={`workbench mode-${mode}`} style={style}>
      <div id="pane-library" className="pane-slot slot-library" hidden={mode === 'narrow' && activePane !== 'library'}>
        {library}
      </div>
      {mode !== 'narrow' && (
        <Splitter
          label="Resize the library"
          controls="pane-library"
          width={widths.library}
          min={paneLimits.library.min}
          max={paneLimits.library.max}
          side={1}
          onResize={(w) => resize('library', w)}
        />
      )}
      <div id="pane-reader" className="pane-slot slot-reader" hidden={mode === 'narrow' && activePane !== 'reader'}>
        {reader}
      </div>
      {mode === 'wide' && inspectorVisible && (
        <Splitter
          label="Resize the inspector"
          controls="pane-inspector"
          width={widths.inspector}
          min={paneLimits.inspector.min}
          max={paneLimits.inspector.max}
          side={-1}
          onResize={(w) => resize('inspector', w)}
        />
      )}
      <div
        id="pane-inspector"
        className="pane-slot slot-inspector"
        hidden={!inspectorVisible}
        onKeyDown={(event) => {
          if (mode === 'medium' && event.key === 'Escape') {
            layout.closeDrawer();
            document.getElementById('reader')?.focus();
          }
        }}
      >
        {inspector}
      </div>
    </main>
  );
}
