/**
 * Splits reading text into paragraphs (blocks separated by a blank line), each a list of its lines.
 * The text itself is never altered: joining blocks with "\n\n" and lines with "\n" gives it back
 * (reading text is normalised at import to LF and at most one blank line).
 */
export function splitParagraphs(text: string): string[][] {
  if (!text) return [];
  return text
    .split(/\n{2,}/)
    .filter((block) => block.length > 0)
    .map((block) => block.split('\n'));
}
