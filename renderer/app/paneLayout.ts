/** Layout modes by window width: all three panes, two (inspector as a drawer), or one at a time. */
export type LayoutMode = 'wide' | 'medium' | 'narrow';
export type PaneName = 'library' | 'reader' | 'inspector';

export const WIDE_QUERY = '(min-width: 1180px)';
export const NARROW_QUERY = '(max-width: 759px)';

export interface PaneWidths {
  library: number;
  inspector: number;
}

export const paneLimits = {
  library: { min: 240, max: 560, initial: 360 },
  inspector: { min: 260, max: 520, initial: 330 },
  /** The reader never gets narrower than this while the splitters move. */
  readerMin: 420,
} as const;

const STORAGE_KEY = 'fieldnotes.paneWidths';

export function clampWidth(pane: keyof PaneWidths, width: number): number {
  const { min, max } = paneLimits[pane];
  return Math.round(Math.min(max, Math.max(min, width)));
}

export function loadPaneWidths(storage: Storage | undefined): PaneWidths {
  const fallback = { library: paneLimits.library.initial, inspector: paneLimits.inspector.initial };
  try {
    const saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Partial<PaneWidths> | null;
    if (!saved) return fallback;
    return {
      library: clampWidth('library', Number(saved.library) || fallback.library),
      inspector: clampWidth('inspector', Number(saved.inspector) || fallback.inspector),
    };
  } catch {
    return fallback;
  }
}

export function savePaneWidths(storage: Storage | undefined, widths: PaneWidths): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(widths));
  } catch {
    // Storage may be full or disabled; widths then last for this session only.
  }
}
