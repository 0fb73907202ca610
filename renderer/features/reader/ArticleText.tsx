import { Fragment, memo, useMemo, type MouseEvent } from 'react';
import type { DrawnHighlight } from './highlightStyle';
import { MemoMarker } from './MemoMarker';
import { segmentLine } from './segments';
import { layoutParagraphs } from './textLayout';
import { TextRun } from './TextRun';

interface ArticleTextProps {
  text: string;
  /** Sorted by start (UTF-16 positions). */
  highlights?: readonly DrawnHighlight[];
  selectedId?: string | null;
  onPick?: (ids: string[], event: MouseEvent<HTMLElement>) => void;
  onOpenMemo?: (id: string) => void;
  /** Redacted spans (UTF-16 positions), drawn struck through with their reason. */
  redactions?: readonly { id: string; from: number; to: number; reason: string }[];
}

const REDACTION = 'redaction:';
const noRedactions: NonNullable<ArticleTextProps['redactions']> = [];
const none: readonly DrawnHighlight[] = [];

/**
 * The reading text, one <p dir="auto"> per paragraph so each takes the direction of its own first
 * strong character: Arabic paragraphs read right to left, English left to right, in one article.
 * Highlights are drawn as runs within the lines; memo markers sit in the margin.
 */
export const ArticleText = memo(function ArticleText({ text, highlights = none, selectedId = null, onPick, onOpenMemo, redactions = noRedactions }: ArticleTextProps) {
  const paragraphs = useMemo(() => layoutParagraphs(text), [text]);
  // The runs of each line with their highlight layers and memo markers; a selection change
  // (the hot path: clicks, [ and ]) re-renders them without working them out again.
  const laidOut = useMemo(() => {
    const byId = new Map(highlights.map((h) => [h.id, h]));
    const reasons = new Map(redactions.map((r) => [`${REDACTION}${r.id}`, r.reason]));
    // Redactions cut the runs like highlights do; a run under one is struck through.
    const ranges = redactions.length ? [...highlights, ...redactions.map((r) => ({ id: `${REDACTION}${r.id}`, start: r.from, end: r.to }))].sort((a, b) => a.start - b.start) : highlights;
    // A memo marker goes beside the first drawn run of its highlight.
    const marked = new Set<string>();
    return paragraphs.map((paragraph) => ({
      start: paragraph.start,
      lines: paragraph.lines.map((line) => ({
        start: line.start,
        runs: segmentLine(line.start, line.start + line.text.length, ranges).map((segment) => {
          const layers = segment.ids.map((id) => byId.get(id)).filter((h): h is DrawnHighlight => Boolean(h));
          const memos = onOpenMemo ? layers.filter((h) => h.memo && h.status !== 'pending' && !marked.has(h.id)) : [];
          for (const h of memos) marked.add(h.id);
          const redacted = segment.ids.filter((id) => id.startsWith(REDACTION)).map((id) => reasons.get(id)!);
          return { segment, layers, memos, redacted: redacted.length ? redacted.join('; ') : null };
        }),
      })),
    }));
  }, [paragraphs, highlights, onOpenMemo, redactions]);
  if (paragraphs.length === 0) return <p className="reader-empty-text">This article has no reading text.</p>;
  return (
    <div className="reader-text">
      {laidOut.map((paragraph) => (
        <p key={paragraph.start} dir="auto">
          {paragraph.lines.map((line, j) => (
            <Fragment key={line.start}>
              {j > 0 && <br />}
              {line.runs.map(({ segment, layers, memos, redacted }) => (
                <Fragment key={segment.start}>
                  {memos.map((h) => (
                    <MemoMarker key={`memo-${h.id}`} highlightId={h.id} memo={h.memo} color={h.color} onOpen={onOpenMemo!} />
                  ))}
                  <TextRun start={segment.start} text={text.slice(segment.start, segment.end)} layers={layers} selectedId={selectedId} onPick={onPick} redacted={redacted} />
                </Fragment>
              ))}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
});
