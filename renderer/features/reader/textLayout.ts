/** A line of the reading text and where it starts (UTF-16 index into the whole text). */
export interface TextLine {
  start: number;
  text: string;
}

/** A paragraph: lines separated by single newlines; paragraphs by a blank line. */
export interface TextParagraph {
  start: number;
  lines: TextLine[];
}

/**
 * Splits reading text into paragraphs (blocks separated by a blank line), each a list of its lines,
 * keeping every line's offset so that positions in the DOM can be mapped back to positions in the
 * text. Reading text is normalised at import (LF, at most one blank line); the newlines between
 * lines and paragraphs are not drawn, every other character is, exactly once.
 */
export function layoutParagraphs(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  const separator = /\n{2,}/g;
  let blockStart = 0;
  const addBlock = (start: number, end: number) => {
    if (end <= start) return;
    const lines: TextLine[] = [];
    let lineStart = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text.charCodeAt(i) === 10) {
        lines.push({ start: lineStart, text: text.slice(lineStart, i) });
        lineStart = i + 1;
      }
    }
    paragraphs.push({ start, lines });
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    addBlock(blockStart, match.index);
    blockStart = match.index + match[0].length;
  }
  addBlock(blockStart, text.length);
  return paragraphs;
}
