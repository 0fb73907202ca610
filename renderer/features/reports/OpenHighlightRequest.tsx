import { useEffect } from 'react';
import { useAnnotations } from '../highlights/AnnotationContext';

export interface HighlightRequest {
  articleId: string;
  highlightId: string;
}

/**
 * Selects a highlight once its article is open in the reader ("Open in reader" on a coded
 * segment). Renders nothing; the reader and inspector show the selected highlight.
 */
export function OpenHighlightRequest({ request, onDone }: { request: HighlightRequest | null; onDone: () => void }) {
  const { article, highlights, loaded, select } = useAnnotations();
  useEffect(() => {
    if (!request || article?.id !== request.articleId || !loaded) return;
    if (highlights.some((h) => h.id === request.highlightId)) select(request.highlightId);
    onDone();
  }, [request, article?.id, highlights, loaded, select, onDone]);
  return null;
}
