import type { RefObject } from 'react';
import { useAnnotations } from '../highlights/AnnotationContext';
import { SuggestionHoverCard } from './SuggestionHoverCard';
import { useRevealSuggestion } from './useRevealSuggestion';
import { useSuggestionHover } from './useSuggestionHover';
import { useSuggestions } from './useSuggestions';
import { useSuggestionUnderlines } from './useSuggestionUnderlines';
import './suggestionsReader.css';

interface SuggestionReaderLayerProps {
  canvasRef: RefObject<HTMLElement | null>;
  textRootRef: RefObject<HTMLElement | null>;
}

/**
 * Suggestions in the reader: dotted underlines drawn as a layer over the text (highlights and the
 * text's DOM are untouched), the card that says what hovering text would record, and scrolling to
 * the item chosen in the list.
 */
export function SuggestionReaderLayer({ canvasRef, textRootRef }: SuggestionReaderLayerProps) {
  const { article, text } = useAnnotations();
  const { items, ui } = useSuggestions(article?.id ?? null);
  useSuggestionUnderlines(textRootRef, text, items, ui.underlines, ui.activeId);
  useRevealSuggestion(textRootRef, text, items, ui.activeId, ui.revealTick);
  const hover = useSuggestionHover({ canvasRef, textRootRef, text, items, enabled: ui.underlines });
  if (!hover) return null;
  return <SuggestionHoverCard hover={hover} canvasWidth={canvasRef.current?.clientWidth ?? 800} />;
}
