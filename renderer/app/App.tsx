import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleSort, ImportResult } from '../../src/shared/schemas/article';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useNotices } from '../ui/notices/NoticeProvider';
import { LibraryPane } from '../features/library/LibraryPane';
import { LIBRARY_LIST_ID } from '../features/library/LibraryList';
import { LIBRARY_FILTER_ID } from '../features/library/FilterBox';
import { defaultLibraryQuery, nextSort, type LibraryQuery } from '../features/library/libraryQuery';
import { useArticleList } from '../features/library/useArticleList';
import { ReaderPane, READER_ID } from '../features/reader/ReaderPane';
import { InspectorPane, INSPECTOR_ID } from '../features/inspector/InspectorPane';
import { DropOverlay } from '../features/importing/DropOverlay';
import { EmptyLibrary } from '../features/importing/EmptyLibrary';
import { ImportFileInput } from '../features/importing/ImportFileInput';
import { ImportProgressBar } from '../features/importing/ImportProgressBar';
import { PasteTextDialog } from '../features/importing/PasteTextDialog';
import { useDemoLoader } from '../features/importing/useDemoLoader';
import { useFileDrop } from '../features/importing/useFileDrop';
import { useImporter } from '../features/importing/useImporter';
import { CommandPalette } from '../features/palette/CommandPalette';
import { AppToolbar } from './AppToolbar';
import { PaneSwitcher } from './PaneSwitcher';
import { StatusBar } from './StatusBar';
import { Workbench } from './Workbench';
import { useAppCommands } from './useAppCommands';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { usePaneLayout } from './usePaneLayout';
import { useSelectedArticle } from './useSelectedArticle';
import { useWorkspaceInfo } from './useWorkspaceInfo';
import '../features/importing/importing.css';
import './app.css';

/** Focus an element once the pane holding it has been shown. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The workbench: library | reader | inspector, with importing, the palette, notices and the status bar. */
export function App() {
  const { notify } = useNotices();
  const layout = usePaneLayout();
  const [version, setVersion] = useState(0);
  const libraryChanged = useCallback(() => setVersion((v) => v + 1), []);

  const [query, setQuery] = useState<LibraryQuery>(defaultLibraryQuery);
  const settledFilter = useDebouncedValue(query.filter, 200);
  const listQuery = useMemo(() => ({ ...query, filter: settledFilter }), [query, settledFilter]);
  const list = useArticleList(listQuery, version);
  const workspace = useWorkspaceInfo(version);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = useSelectedArticle(selectedId);

  const [pasteOpen, setPasteOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const fileInputRef = useRef<HTMLInputElement>(null);

  const { reveal } = layout;
  const selectImported = useCallback(
    (id: string) => {
      libraryChanged();
      setSelectedId(id);
      reveal('reader');
    },
    [libraryChanged, reveal],
  );
  const importer = useImporter(selectImported);
  const dropping = useFileDrop(importer.importFiles, !pasteOpen && !paletteOpen);
  const { loadDemo, loadingDemo } = useDemoLoader(libraryChanged);

  const onPasted = useCallback(
    (result: ImportResult) => {
      selectImported(result.article.id);
      if (result.duplicate) notify({ tone: 'info', title: `Already in the library as “${result.article.title}”.`, detail: 'The same text was pasted before; nothing new was added. It is now selected.' });
      else notify({ tone: 'success', title: `Imported “${result.article.title}”.` });
    },
    [notify, selectImported],
  );

  const { replace: replaceSelected } = selected;
  const onSaved = useCallback(
    (article: Article) => {
      replaceSelected(article);
      libraryChanged();
    },
    [replaceSelected, libraryChanged],
  );

  const openArticle = useCallback(
    (id: string) => {
      setSelectedId(id);
      reveal('reader');
      focusSoon(READER_ID);
    },
    [reveal],
  );

  const actions = useMemo(
    () => ({
      importFiles: () => fileInputRef.current?.click(),
      pasteText: () => setPasteOpen(true),
      loadDemo: () => void loadDemo(),
      focusLibrary: () => {
        reveal('library');
        focusSoon(LIBRARY_LIST_ID);
      },
      focusFilter: () => {
        reveal('library');
        focusSoon(LIBRARY_FILTER_ID);
      },
      focusReader: () => {
        reveal('reader');
        focusSoon(READER_ID);
      },
      toggleInspector: () => {
        const willShow = !layout.inspectorVisible;
        layout.toggleInspector();
        if (willShow) focusSoon(INSPECTOR_ID);
      },
      loadingDemo,
    }),
    [loadDemo, loadingDemo, reveal, layout],
  );
  const commands = useAppCommands(actions);
  useGlobalShortcuts({ togglePalette: () => setPaletteOpen((open) => !open), focusFilter: actions.focusFilter });

  const libraryEmpty = list.loaded && !list.error && list.items.length === 0 && settledFilter.trim() === '' && query.filter.trim() === '';
  const gettingStarted = (
    <section className="pane reader-pane" aria-label="Getting started">
      <EmptyLibrary loadingDemo={loadingDemo} onImportFiles={actions.importFiles} onPasteText={actions.pasteText} onLoadDemo={actions.loadDemo} />
    </section>
  );

  const openTitle = selected.article?.title;
  useEffect(() => {
    document.title = openTitle ? `${openTitle} – Fieldnotes` : 'Fieldnotes';
  }, [openTitle]);

  return (
    <div className="app">
      <AppToolbar
        progress={<ImportProgressBar progress={importer.progress} onCancel={importer.cancel} />}
        switcher={layout.mode === 'narrow' ? <PaneSwitcher active={layout.activePane} onChoose={layout.setActivePane} /> : null}
        inspectorVisible={layout.inspectorVisible}
        showInspectorToggle={layout.mode !== 'narrow'}
        onImportFiles={actions.importFiles}
        onPasteText={actions.pasteText}
        onOpenPalette={() => setPaletteOpen(true)}
        onToggleInspector={actions.toggleInspector}
      />
      <Workbench
        layout={layout}
        library={
          // On a narrow window the library is the first pane seen, so there it explains how to begin.
          libraryEmpty && layout.mode === 'narrow' ? (
            gettingStarted
          ) : (
            <LibraryPane
              query={query}
              list={list}
              selectedId={selectedId}
              onFilterChange={(filter) => setQuery((q) => ({ ...q, filter }))}
              onSort={(sort: ArticleSort) => setQuery((q) => nextSort(q, sort))}
              onSelect={setSelectedId}
              onOpen={openArticle}
            />
          )
        }
        reader={
          libraryEmpty && layout.mode !== 'narrow' ? (
            gettingStarted
          ) : (
            <ReaderPane article={selected.article} loading={selected.loading} error={selected.error} />
          )
        }
        inspector={<InspectorPane article={selected.article} onSaved={onSaved} />}
      />
      <StatusBar info={workspace.info} infoError={workspace.error} />
      <ImportFileInput inputRef={fileInputRef} onFiles={importer.importFiles} />
      <PasteTextDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImported={onPasted} />
      <CommandPalette open={paletteOpen} commands={commands} onClose={() => setPaletteOpen(false)} />
      <DropOverlay visible={dropping} />
    </div>
  );
}
