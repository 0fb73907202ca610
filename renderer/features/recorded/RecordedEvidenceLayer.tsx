import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAnnotations } from '../highlights/AnnotationContext';
import { openFigureDialog } from '../figures/figureDialogStore';
import { openQuoteDialog } from '../quotes/quoteDialogStore';
import { characterAt, indexRuns, textRange } from '../suggestions/textRanges';
import { describeRecorded, recordedAt, recordedSpans, type RecordedSpan } from './recordedSpans';
import { useArticleEvidence } from './useArticleEvidence';
import '../suggestions/suggestionsReader.css';
import './recordedEvidence.css';

const NAMES = { figure: 'fn-recorded-figure', quote: 'fn-recorded-quote' } as const;
const CARD_WIDTH = 360;
const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function openRecorded(span: RecordedSpan) {
  if (span.kind === 'figure') openFigureDialog({ kind: 'edit', figure: span.record });
  else openQuoteDialog({ kind: 'edit', quote: span.record });
}

interface Props {
  canvasRef: RefObject<HTMLElement | null>;
  textRootRef: RefObject<HTMLElement | null>;
}

/**
 * Figures and quotes already recorded from the article, drawn in the reader: a solid underline by
 * kind (a CSS Custom Highlight layer, the text's DOM untouched), a card on hover that says what the
 * record is, and a click on its text (outside a highlight) that opens it.
 */
export function RecordedEvidenceLayer({ canvasRef, textRootRef }: Props) {
  const { article, text } = useAnnotations();
  const { figures, quotes } = useArticleEvidence(article?.id ?? null);
  const [hover, setHover] = useState<{ span: RecordedSpan; top: number; left: number } | null>(null);
  const spans = useRef<RecordedSpan[]>([]);
  const all = useMemo(() => recordedSpans(figures, quotes), [figures, quotes]);
  useLayoutEffect(() => {
    spans.current = all;
  });

  useLayoutEffect(() => {
    const root = textRootRef.current;
    if (!root || !supported()) return;
    const paint = () => {
      const index = indexRuns(root);
      for (const kind of ['figure', 'quote'] as const) {
        const ranges = all.filter((s) => s.kind === kind).flatMap((s) => textRange(index, text.toUtf16(s.start), text.toUtf16(s.end)) ?? []);
        if (ranges.length) CSS.highlights.set(NAMES[kind], new Highlight(...ranges));
        else CSS.highlights.delete(NAMES[kind]);
      }
    };
    paint();
    const observer = new MutationObserver(paint);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      CSS.highlights.delete(NAMES.figure);
      CSS.highlights.delete(NAMES.quote);
    };
  }, [textRootRef, text, all]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const find = (x: number, y: number) => {
      const root = textRootRef.current;
      const hit = root ? characterAt(root, x, y) : null;
      const span = hit ? recordedAt(spans.current, text.toCodePoint(hit.at)) : undefined;
      return hit && span ? { span, box: hit.box } : null;
    };
    const onMove = (event: PointerEvent) => {
      const found = event.buttons === 0 ? find(event.clientX, event.clientY) : null;
      const box = canvas.getBoundingClientRect();
      setHover((prev) => {
        if (!found) return null;
        const top = found.box.top - box.top;
        return prev && prev.span.id === found.span.id && prev.top === top ? prev : { span: found.span, top, left: event.clientX - box.left };
      });
    };
    const onLeave = () => setHover(null);
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed || (event.target as Element | null)?.closest('mark')) return;
      const found = find(event.clientX, event.clientY);
      if (found) openRecorded(found.span);
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('click', onClick);
    return () => {
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('click', onClick);
    };
  }, [canvasRef, textRootRef, text]);

  const shown = hover && all.some((s) => s.id === hover.span.id) ? hover : null;
  if (!shown) return null;
  const width = canvasRef.current?.clientWidth ?? 800;
  return (
    <div
      className={`suggestion-card recorded-card suggestion-kind-${shown.span.kind}`}
      role="tooltip"
      data-testid="recorded-card"
      style={{ top: shown.top, left: Math.max(8, Math.min(shown.left - 24, width - CARD_WIDTH - 8)) }}
    >
      <p className="suggestion-card-what" dir="auto">
        {describeRecorded(shown.span)}
      </p>
      <p className="suggestion-card-hint">Click to open it{shown.span.kind === 'figure' ? ' (or choose it under Figures and quotes)' : ''}</p>
    </div>
  );
}
