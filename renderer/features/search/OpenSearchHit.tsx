import { useEffect } from 'react';
import { useAnnotations } from '../highlights/AnnotationContext';
import { READER_ID } from '../reader/ReaderPane';
import { flashRange, scrollRangeIntoView, selectRange, textRange } from './revealSpan';
import './flash.css';

/** A place in an article to show: [start, end) in code points of its reading text. */
export interface SearchHit {
  articleId: string;
  start: number;
  end: number;
  /**
   * Select the text (a match in an article: ready to code) and scroll to it; or only flash it
   * (a highlight, which is itself selected, and scrolled to, by the reader).
   */
  select: boolean;
}

/** Frames to wait for the reader to draw the text before giving up. */
const MAX_FRAMES = 30;

/**
 * Once the hit's article is open in the reader with its highlights drawn, shows the hit: selects
 * it, scrolls it into view and flashes it briefly. Renders nothing.
 */
export function OpenSearchHit({ hit, onDone }: { hit: SearchHit | null; onDone: () => void }) {
  const { article, loaded, text } = useAnnotations();
  useEffect(() => {
    if (!hit || article?.id !== hit.articleId || !loaded) return;
    let frame = 0;
    let frames = 0;
    const attempt = () => {
      const scroller = document.getElementById(READER_ID);
      const root = scroller?.querySelector('.reader-text');
      const canvas = scroller?.querySelector<HTMLElement>('.reader-canvas');
      if (!scroller || !root || !canvas) {
        if (frames++ < MAX_FRAMES) frame = requestAnimationFrame(attempt);
        else onDone();
        return;
      }
      const range = textRange(root, text.toUtf16(hit.start), text.toUtf16(hit.end));
      if (range) {
        if (hit.select) {
          selectRange(range);
          scrollRangeIntoView(range, scroller);
        }
        flashRange(range, canvas);
      }
      onDone();
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [hit, article?.id, loaded, text, onDone]);
  return null;
}
