import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import { useAnnotations } from '../highlights/AnnotationContext';
import type { CodeEntry } from '../highlights/codeIndex';
import { scrollToHighlight, type TextSpan } from '../highlights/textSpan';
import { useHighlightActions } from '../highlights/useHighlightActions';
import { formatCount } from '../../lib/format';
import { ArticleHeading } from './ArticleHeading';
import { ArticleText } from './ArticleText';
import { drawHighlights } from './drawHighlights';
import { HighlightChooser } from './HighlightChooser';
import { SelectionBar, type BarMode } from './SelectionBar';
import { useReaderKeys } from './useReaderKeys';
import { useReaderSelection } from './useReaderSelection';
import { SuggestionLegend } from '../suggestions/SuggestionLegend';
import { useKeyboardSelection } from './useKeyboardSelection';
import { SuggestionReaderLayer } from '../suggestions/SuggestionReaderLayer';
import { RecordedEvidenceLayer } from '../recorded/RecordedEvidenceLayer';
import { RedactionList } from '../redactions/RedactionList';
import { useArticleRedactions } from '../redactions/useArticleRedactions';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { errorMessage } from '../../api/errorMessage';

const BAR_WIDTH = 330;

interface ReaderDocumentProps {
  article: Article;
  readerId: string;
  onCorrectText?: () => void;
}

/** The open article with its highlights, the selection bar and the chooser for overlapping highlights. */
export function ReaderDocument({ article, readerId, onCorrectText }: ReaderDocumentProps) {
  const annotations = useAnnotations();
  const { text, codes, highlights, selectedId, select, setReaderSelection } = annotations;
  const actions = useHighlightActions();
  const redactions = useArticleRedactions(article.id, article.text);
  const { notify } = useNotices();
  const canvasRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<BarMode>('actions');
  const [chooser, setChooser] = useState<{ ids: string[]; top: number; left: number } | null>(null);

  const onSelectionChange = useCallback(
    (span: TextSpan | null) => {
      setReaderSelection(span);
      if (!span) setMode('actions');
    },
    [setReaderSelection],
  );
  const { selection, clear } = useReaderSelection({ canvasRef, textRootRef: textRef, barRef, text, onChange: onSelectionChange });

  const pending = selection && mode !== 'actions' ? selection.span : null;
  const drawn = useMemo(() => drawHighlights(highlights, codes, text, pending), [highlights, codes, text, pending]);
  const anchoredOrder = useMemo(() => drawn.filter((h) => h.status !== 'pending').map((h) => h.id), [drawn]);

  // Whatever selects a highlight (the list, [ and ], a report's "open"), the reader shows it.
  useEffect(() => {
    if (selectedId) scrollToHighlight(selectedId);
  }, [selectedId, drawn.length]);

  const finish = useCallback(() => {
    clear();
    setMode('actions');
    document.getElementById(readerId)?.focus({ preventScroll: true });
  }, [clear, readerId]);

  const create = useCallback(
    async (extra: { codeIds?: string[]; memo?: string }) => {
      if (!selection) return;
      const span = selection.span;
      finish();
      await actions.create(span, extra);
    },
    [selection, finish, actions],
  );
  const redact = useCallback(
    (reason: string) => {
      if (!selection) return;
      const span = selection.span;
      finish();
      redactions.create(span, reason).catch((error: unknown) => notify({ tone: 'error', title: 'The text was not redacted.', detail: errorMessage(error) }));
    },
    [selection, finish, redactions, notify],
  );
  const unredact = useCallback(
    (id: string) => void redactions.remove(id).catch((error: unknown) => notify({ tone: 'error', title: 'The redaction was not removed.', detail: errorMessage(error) })),
    [redactions, notify],
  );
  const applyCode = useCallback((entry: CodeEntry) => void create({ codeIds: [entry.code.id] }), [create]);

  const onPick = useCallback(
    (ids: string[], event: MouseEvent<HTMLElement>) => {
      if (!window.getSelection()?.isCollapsed) return; // The end of a drag that selects text.
      if (ids.length === 1) {
        select(ids[0]);
        return;
      }
      const box = canvasRef.current?.getBoundingClientRect();
      if (!box) return;
      setChooser({ ids, top: event.clientY - box.top + 12, left: Math.max(8, Math.min(event.clientX - box.left - 20, box.width - 300)) });
    },
    [select],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      if (anchoredOrder.length === 0) return;
      const at = selectedId ? anchoredOrder.indexOf(selectedId) : -1;
      const next = at === -1 ? (direction === 1 ? 0 : anchoredOrder.length - 1) : (at + direction + anchoredOrder.length) % anchoredOrder.length;
      select(anchoredOrder[next]);
    },
    [anchoredOrder, selectedId, select],
  );

  useKeyboardSelection(readerId);
  useReaderKeys({
    readerId,
    hasSelection: selection !== null,
    barBusy: mode !== 'actions',
    codes,
    onShortcut: applyCode,
    onOpenPicker: () => setMode('code'),
    onFocusBar: () => barRef.current?.querySelector<HTMLButtonElement>('button')?.focus(),
    onClearSelection: finish,
    onStep: step,
    onDeselect: () => select(null),
    onDelete: () => {
      if (annotations.selected) void actions.remove(annotations.selected);
    },
  });

  const canvasWidth = canvasRef.current?.clientWidth ?? 800;
  const count = highlights.length;
  return (
    <div ref={canvasRef} className="reader-canvas">
      <article className="reader-article" lang={article.language}>
        <ArticleHeading article={article} highlightCount={count} onCorrectText={onCorrectText} />
        <SuggestionLegend articleId={article.id} />
        <div ref={textRef}>
          <ArticleText text={article.text} highlights={drawn} selectedId={selectedId} onPick={onPick} onOpenMemo={select} redactions={redactions.redactions} />
        </div>
        <RedactionList redactions={redactions.redactions} onRemove={unredact} />
        <footer className="reader-footnote">
          {formatCount(article.charCount)} characters of reading text, extracted at import. It changes only through a recorded correction; the
          original file is never changed.
        </footer>
      </article>
      <SuggestionReaderLayer canvasRef={canvasRef} textRootRef={textRef} />
      <RecordedEvidenceLayer canvasRef={canvasRef} textRootRef={textRef} />
      {selection && (
        <SelectionBar
          ref={barRef}
          top={selection.bottom + 8}
          left={Math.max(8, Math.min(selection.left, canvasWidth - BAR_WIDTH - 8))}
          mode={mode}
          codes={codes}
          onMode={setMode}
          onCode={applyCode}
          onMemo={(memo) => void create({ memo })}
          onHighlight={() => void create({})}
          onRedact={redact}
          onClose={finish}
        />
      )}
      {chooser && (
        <HighlightChooser
          top={chooser.top}
          left={chooser.left}
          highlights={chooser.ids.map((id) => highlights.find((h) => h.id === id)).filter((h): h is NonNullable<typeof h> => Boolean(h))}
          codes={codes}
          onChoose={(id) => {
            setChooser(null);
            select(id);
          }}
          onClose={() => setChooser(null)}
        />
      )}
    </div>
  );
}
