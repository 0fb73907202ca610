/**
 * Positions in the workbench are Unicode code points (as the W3C selectors and the CLI report them),
 * while JavaScript strings index UTF-16 units. These convert between the two.
 */
export class CodePointText {
  readonly text: string;
  /** utf16Offsets[i] = UTF-16 index of code point i; one extra entry for the end. */
  private readonly utf16Offsets: Uint32Array;

  constructor(text: string) {
    this.text = text;
    const offsets: number[] = [];
    let i = 0;
    while (i < text.length) {
      offsets.push(i);
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    offsets.push(text.length);
    this.utf16Offsets = Uint32Array.from(offsets);
  }

  get length(): number {
    return this.utf16Offsets.length - 1;
  }

  toUtf16(codePoint: number): number {
    return this.utf16Offsets[Math.max(0, Math.min(codePoint, this.length))];
  }

  /** Code point index of a UTF-16 index (rounding down inside a surrogate pair). */
  toCodePoint(utf16: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.utf16Offsets[mid] <= utf16) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
