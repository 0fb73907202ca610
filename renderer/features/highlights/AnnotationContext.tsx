import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import type { Highlight } from '../../../src/shared/schemas/highlight';
import { CodePointText } from '../../../src/shared/domain/code-points';
import type { CodeIndex } from './codeIndex';
import type { TextSpan } from './textSpan';
import { useArticleHighlights } from './useArticleHighlights';
import { useCodebook } from './useCodebook';

export interface Annotations {
  article: Article | null;
  /** The reading text, indexable by code point. */
  text: CodePointText;
  codes: CodeIndex;
  highlights: Highlight[];
  review: Highlight[];
  loaded: boolean;
  error: string | null;
  selectedId: string | null;
  selected: Highlight | null;
  select: (id: string | null) => void;
  /** The latest text selected in the reader (kept while focus moves to the inspector), for re-attaching. */
  readerSelection: TextSpan | null;
  setReaderSelection: (span: TextSpan | null) => void;
}

const AnnotationContext = createContext<Annotations | null>(null);

/**
 * Everything the reader and the inspector share about the open article's annotation: its
 * highlights, the codebook, which highlight is selected, and the reader's text selection.
 */
export function AnnotationProvider({ article, children }: { article: Article | null; children: ReactNode }) {
  const articleId = article?.id ?? null;
  const { highlights, review, loaded, error } = useArticleHighlights(articleId);
  const { index: codes } = useCodebook();
  const [selection, setSelection] = useState<{ articleId: string | null; highlightId: string | null; span: TextSpan | null }>({
    articleId,
    highlightId: null,
    span: null,
  });
  // Selection belongs to one article: opening another clears it.
  const own = selection.articleId === articleId ? selection : { articleId, highlightId: null, span: null };

  const select = useCallback(
    (id: string | null) => setSelection((s) => (s.articleId === articleId ? { ...s, highlightId: id } : { articleId, highlightId: id, span: null })),
    [articleId],
  );
  const setReaderSelection = useCallback(
    (span: TextSpan | null) => setSelection((s) => (s.articleId === articleId ? { ...s, span } : { articleId, highlightId: null, span })),
    [articleId],
  );

  const articleText = article?.text ?? '';
  const text = useMemo(() => new CodePointText(articleText), [articleText]);
  const selected = useMemo(() => highlights.find((h) => h.id === own.highlightId) ?? null, [highlights, own.highlightId]);

  const value = useMemo<Annotations>(
    () => ({
      article,
      text,
      codes,
      highlights,
      review,
      loaded,
      error,
      selectedId: own.highlightId,
      selected,
      select,
      readerSelection: own.span,
      setReaderSelection,
    }),
    [article, text, codes, highlights, review, loaded, error, own.highlightId, selected, select, own.span, setReaderSelection],
  );
  return <AnnotationContext.Provider value={value}>{children}</AnnotationContext.Provider>;
}

export function useAnnotations(): Annotations {
  const value = useContext(AnnotationContext);
  if (!value) throw new Error('useAnnotations() needs an <AnnotationProvider> above it.');
  return value;
}
