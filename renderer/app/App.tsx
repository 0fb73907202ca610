import { useCallback, useMemo, useRef, useState } from 'react';
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
import { ProjectImportInput } from '../features/importing/ProjectImportInput';
import { ImportProgressBar } from '../features/importing/ImportProgressBar';
import { ImportReportDialog } from '../features/importing/ImportReportDialog';
import { PasteTextDialog } from '../features/importing/PasteTextDialog';
import { useDemoLoader } from '../features/importing/useDemoLoader';
import { useFileDrop } from '../features/importing/useFileDrop';
import { useImporter } from '../features/importing/useImporter';
import { useInTrashNotice } from '../features/importing/useInTrashNotice';
import { CommandPalette } from '../features/palette/CommandPalette';
import { AnnotationProvider } from '../features/highlights/AnnotationContext';
import { CorrectTextDialog } from '../features/correction/CorrectTextDialog';
import { UndoControls } from '../features/undo/UndoControls';
import { useEditCommands } from '../features/undo/useEditCommands';
import { useUndoRedo } from '../features/undo/useUndoRedo';
import { useUndoShortcuts } from '../features/undo/useUndoShortcuts';
import { ArticleSections } from '../features/cases/ArticleSections';
import { CaseDialogs } from '../features/cases/CaseDialogs';
import { CaseInspectorSection } from '../features/cases/CaseInspectorSection';
import { CasesSection, CASES_LIST_ID } from '../features/cases/CasesSection';
import { useCaseWorkbench } from '../features/cases/useCaseWorkbench';
import { CodebookView } from '../features/codebook/CodebookView';
import { ExportButton } from '../features/export/ExportButton';
import { ExportDialog } from '../features/export/ExportDialog';
import { useExportCommands } from '../features/export/useExportCommands';
import { useCaseFileCommands } from '../features/casefile/useCaseFileCommands';
import { VerifyCaseFileDialog } from '../features/casefile/VerifyCaseFileDialog';
import { OpenHighlightRequest, type HighlightRequest } from '../features/reports/OpenHighlightRequest';
import { ReportsView } from '../features/reports/ReportsView';
import { OpenSearchHit } from '../features/search/OpenSearchHit';
import { SavedSearchesSection } from '../features/search/SavedSearchesSection';
import { focusSearchBox, SearchBox } from '../features/search/SearchBox';
import { SearchView } from '../features/search/SearchView';
import { useSearchOpener } from '../features/search/useSearchOpener';
import { BackupStatus } from '../features/backups/BackupStatus';
import { ArticleTrashSection } from '../features/trash/ArticleTrashSection';
import { SafetyDialogs } from '../features/trash/SafetyDialogs';
import { TrashEntry } from '../features/trash/TrashEntry';
import { TrashView } from '../features/trash/TrashView';
import { useSafety } from '../features/trash/useSafety';
import { AppToolbar } from './AppToolbar';
import { CentreViewSwitcher, viewLabel, type CentreView } from './CentreViewSwitcher';
import { EvidenceDialogs } from './EvidenceDialogs';
import { EvidenceView } from './EvidenceView';
import { PaneSwitcher } from './PaneSwitcher';
import { RecordsNav } from './RecordsNav';
import { isRecordView, RecordsView } from './RecordsView';
import { StatusBar } from './StatusBar';
import { Workbench } from './Workbench';
import { useAppCommands } from './useAppCommands';
import { useDocumentTitle } from './useDocumentTitle';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { usePaneLayout } from './usePaneLayout';
import { useSelectedArticle } from './useSelectedArticle';
import { useViewCommands } from './useViewCommands';
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
  const [view, setView] = useState<CentreView>('reader');
  const [highlightRequest, setHighlightRequest] = useState<HighlightRequest | null>(null);
  const selectCase = useCallback((caseId: string | null) => setQuery((q) => ({ ...q, caseId })), []);
  const caseWorkbench = useCaseWorkbench({ version, caseId: query.caseId, onSelectCase: selectCase });

  const [pasteOpen, setPasteOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [correctOpen, setCorrectOpen] = useState(false);
  const undoRedo = useUndoRedo();
  useUndoShortcuts(undoRedo.undo, undoRedo.redo);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const projectInputRef = useRef<HTMLInputElement>(null);

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
  const notifyInTrash = useInTrashNotice(selectImported);
  const dropping = useFileDrop(importer.importFiles, !pasteOpen && !paletteOpen);
  const { loadDemo, loadingDemo } = useDemoLoader(libraryChanged);

  const onPasted = useCallback(
    (result: ImportResult) => {
      if (result.inTrash) return notifyInTrash(result);
      selectImported(result.article.id);
      if (result.duplicate) notify({ tone: 'info', title: `Already in the library as “${result.article.title}”.`, detail: 'The same text was pasted before; nothing new was added. It is now selected.' });
      else notify({ tone: 'success', title: `Imported “${result.article.title}”.` });
    },
    [notify, notifyInTrash, selectImported],
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
      setView('reader');
      reveal('reader');
      focusSoon(READER_ID);
    },
    [reveal],
  );
  const openSegment = useCallback(
    (articleId: string, highlightId: string) => {
      setHighlightRequest({ articleId, highlightId });
      openArticle(articleId);
    },
    [openArticle],
  );
  const showView = useCallback(
    (next: CentreView) => {
      setView(next);
      reveal('reader');
    },
    [reveal],
  );

  const actions = useMemo(
    () => ({
      importFiles: () => fileInputRef.current?.click(),
      importProject: () => projectInputRef.current?.click(),
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
        setView('reader');
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
  const appCommands = useAppCommands(actions);
  const openCorrection = useCallback(() => setCorrectOpen(true), []);
  const editCommands = useEditCommands({ ...undoRedo, correctText: selected.article ? openCorrection : null });
  const focusCases = useCallback(() => {
    reveal('library');
    focusSoon(CASES_LIST_ID);
  }, [reveal]);
  const viewCommands = useViewCommands({ showView, focusCases, selectCase, cases: caseWorkbench });
  const search = useSearchOpener({ openArticle, openSegment, selectCase, focusCases, cases: caseWorkbench.cases });
  const showSearch = useCallback(() => showView('search'), [showView]);
  const showTrash = useCallback(() => showView('trash'), [showView]);
  const safety = useSafety({ items: list.items, article: selected.article, onSelect: setSelectedId, showTrash });
  const listedIds = useMemo(() => (query.filter.trim() || query.caseId ? list.items.map((i) => i.id) : undefined), [list.items, query.filter, query.caseId]);
  const selectedSummary = useMemo(() => list.items.find((i) => i.id === selectedId) ?? null, [list.items, selectedId]);
  const exportContext = useMemo(() => ({ selectedCase: caseWorkbench.selectedCase, article: selectedSummary, listed: listedIds }), [caseWorkbench.selectedCase, selectedSummary, listedIds]);
  const exportCommands = useExportCommands(exportContext);
  const caseFileCommands = useCaseFileCommands();
  const commands = useMemo(() => [...appCommands, ...viewCommands, ...editCommands, ...safety.commands, ...exportCommands, ...caseFileCommands], [appCommands, viewCommands, editCommands, safety.commands, exportCommands, caseFileCommands]);
  useGlobalShortcuts({ togglePalette: () => setPaletteOpen((open) => !open), focusSearch: focusSearchBox });

  const libraryEmpty = list.loaded && !list.error && list.items.length === 0 && settledFilter.trim() === '' && query.filter.trim() === '' && query.caseId === null;
  const gettingStarted = (
    <section className="pane reader-pane" aria-label="Getting started">
      <EmptyLibrary loadingDemo={loadingDemo} onImportFiles={actions.importFiles} onPasteText={actions.pasteText} onLoadDemo={actions.loadDemo} />
    </section>
  );

  useDocumentTitle(selected.article?.title);

  return (
    <div className="app">
      <AppToolbar
        views={<CentreViewSwitcher active={view} onChoose={showView} />}
        search={<SearchBox version={version} resultsShown={view === 'search'} onShowResults={showSearch} onOpenResult={search.open} />}
        undo={<UndoControls status={undoRedo.status} onUndo={undoRedo.undo} onRedo={undoRedo.redo} />}
        switcher={layout.mode === 'narrow' ? <PaneSwitcher active={layout.activePane} onChoose={layout.setActivePane} /> : null}
        inspectorVisible={layout.inspectorVisible}
        appHeading={!libraryEmpty && !(view === 'reader' && selected.article)}
        showInspectorToggle={layout.mode !== 'narrow'}
        onImportFiles={actions.importFiles}
        onPasteText={actions.pasteText}
        onOpenPalette={() => setPaletteOpen(true)}
        onToggleInspector={actions.toggleInspector}
      />
      <AnnotationProvider article={selected.article}>
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
                onDelete={safety.deletion.requestById}
                footer={<TrashEntry active={view === 'trash'} onOpen={showTrash} />}
                caseTitle={caseWorkbench.selectedCase?.title}
                actions={list.items.length > 0 && <ExportButton context={exportContext} prefer={selectedSummary ? 'article' : undefined} ariaLabel="Export the library’s selection" />}
                savedSearches={<SavedSearchesSection onShowResults={showSearch} />}
                records={<RecordsNav active={view} onOpen={showView} />}
                cases={
                  <CasesSection
                    workbench={caseWorkbench}
                    caseId={query.caseId}
                    allCount={workspace.info?.articleCount ?? null}
                    onSelectCase={selectCase}
                    onEnter={() => focusSoon(LIBRARY_LIST_ID)}
                  />
                }
              />
            )
          }
          reader={
            view === 'trash' ? (
              <TrashView onOpenArticle={openArticle} />
            ) : view === 'search' ? (
              <SearchView cases={caseWorkbench.cases} onOpenResult={search.open} />
            ) : view === 'codebook' ? (
              <CodebookView />
            ) : view === 'reports' ? (
              <ReportsView version={version} caseId={query.caseId} cases={caseWorkbench.cases} onSelectCase={selectCase} onOpenArticle={openSegment} />
            ) : view === 'figures' || view === 'quotes' ? (
              <EvidenceView view={view} version={version} caseId={query.caseId} cases={caseWorkbench.cases} onSelectCase={selectCase} onOpenArticle={openArticle} />
            ) : isRecordView(view) ? (
              <RecordsView view={view} caseId={query.caseId} cases={caseWorkbench.cases} />
            ) : libraryEmpty && layout.mode !== 'narrow' ? (
              gettingStarted
            ) : (
              <ReaderPane article={selected.article} loading={selected.loading} error={selected.error} onCorrectText={openCorrection} />
            )
          }
          inspector={
            <InspectorPane
              otherView={view === 'reader' || view === 'search' ? undefined : viewLabel(view).toLowerCase()}
              article={selected.article}
              onSaved={onSaved}
              articleSections={selected.article && <ArticleSections articleId={selected.article.id} cases={caseWorkbench.cases} onNewCase={caseWorkbench.openNew} />}
              articleActions={selected.article && <ArticleTrashSection onMoveToTrash={() => selected.article && safety.deletion.request(selected.article)} />}
              caseSection={
                caseWorkbench.selectedCase && (
                  <CaseInspectorSection selectedCase={caseWorkbench.selectedCase} onEdit={caseWorkbench.openEdit} onDelete={caseWorkbench.openDelete} />
                )
              }
            />
          }
        />
        <OpenHighlightRequest request={highlightRequest} onDone={() => setHighlightRequest(null)} />
        <OpenSearchHit hit={search.hit} onDone={search.done} />
        <CorrectTextDialog article={selected.article} open={correctOpen} onClose={() => setCorrectOpen(false)} onCorrected={onSaved} />
        <EvidenceDialogs />
      </AnnotationProvider>
      <StatusBar
        info={workspace.info}
        infoError={workspace.error}
        progress={<ImportProgressBar progress={importer.progress} onCancel={importer.cancel} />}
        backup={<BackupStatus onOpen={safety.openBackups} />}
      />
      <ImportReportDialog outcomes={importer.report} onClose={importer.closeReport} />
      <ImportFileInput inputRef={fileInputRef} onFiles={importer.importFiles} />
      <ProjectImportInput inputRef={projectInputRef} onImported={libraryChanged} />
      <PasteTextDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImported={onPasted} />
      <CaseDialogs workbench={caseWorkbench} />
      <ExportDialog />
      <VerifyCaseFileDialog />
      <SafetyDialogs safety={safety} dataDir={workspace.info?.dataDir ?? null} onBackupRestored={() => { setSelectedId(null); libraryChanged(); }} />
      <CommandPalette open={paletteOpen} commands={commands} onClose={() => setPaletteOpen(false)} />
      <DropOverlay visible={dropping} />
    </div>
  );
}
