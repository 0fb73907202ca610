/**
 * The one normalisation of reading text: Unicode NFC, LF line endings, no BOM,
 * no trailing whitespace on lines, at most one blank line between paragraphs, trimmed.
 * Highlights anchor to code points of the result, so it must be applied exactly once, at import.
 */
export function normalizeReadingText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Number of Unicode code points (not UTF-16 units) in a string. */
export function codePointLength(text: string): number {
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return text.length - (pairs ? pairs.length : 0);
}
