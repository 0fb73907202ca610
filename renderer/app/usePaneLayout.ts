import { useCallback, useEffect, useState } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { clampWidth, loadPaneWidths, NARROW_QUERY, savePaneWidths, WIDE_QUERY, type LayoutMode, type PaneName, type PaneWidths } from './paneLayout';

/** Pane widths (remembered), the layout mode for the window's width, and which panes are showing. */
export function usePaneLayout() {
  const wide = useMediaQuery(WIDE_QUERY);
  const narrow = useMediaQuery(NARROW_QUERY);
  const mode: LayoutMode = wide ? 'wide' : narrow ? 'narrow' : 'medium';

  const [widths, setWidths] = useState<PaneWidths>(() => loadPaneWidths(window.localStorage));
  /** Wide: the inspector column. Medium: the inspector drawer. */
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [drawerOpen, setDrawerOpen] = useState(false);
  /** Narrow: the one pane on screen. */
  const [activePane, setActivePane] = useState<PaneName>('library');

  useEffect(() => {
    const timer = window.setTimeout(() => savePaneWidths(window.localStorage, widths), 300);
    return () => window.clearTimeout(timer);
  }, [widths]);

  const resize = useCallback((pane: keyof PaneWidths, width: number) => {
    setWidths((w) => ({ ...w, [pane]: clampWidth(pane, width) }));
  }, []);

  const inspectorVisible = mode === 'wide' ? inspectorOpen : mode === 'medium' ? drawerOpen : activePane === 'inspector';

  const toggleInspector = useCallback(() => {
    if (mode === 'wide') setInspectorOpen((open) => !open);
    else if (mode === 'medium') setDrawerOpen((open) => !open);
    else setActivePane((pane) => (pane === 'inspector' ? 'reader' : 'inspector'));
  }, [mode]);

  /** Make a pane visible (in narrow mode, the one shown); returns nothing, focus is the caller's. */
  const reveal = useCallback(
    (pane: PaneName) => {
      if (mode === 'narrow') setActivePane(pane);
      else if (pane === 'inspector') {
        if (mode === 'wide') setInspectorOpen(true);
        else setDrawerOpen(true);
      }
    },
    [mode],
  );

  return { mode, widths, resize, inspectorVisible, toggleInspector, closeDrawer: () => setDrawerOpen(false), activePane, setActivePane, reveal };
}

export type PaneLayout = ReturnType<typeof usePaneLayout>;
