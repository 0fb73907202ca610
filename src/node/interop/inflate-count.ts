import { Inflate } from 'fflate';

/** Input is fed in small pieces, so that one piece of a bomb (up to ~1,000:1) never inflates to more than a few MB at once. */
const PIECE = 4096;

/**
 * Inflates raw deflate data pushed in chunks while counting the output and keeping none of it
 * (unless `onData` keeps it): memory stays a few MB whatever the data claims. Stops at the end of
 * the deflate stream, at broken data, or once more than `cap` bytes came out.
 */
export class CountingInflater {
  size = 0;
  /** The deflate stream ended (its last block was read). */
  ended = false;
  /** Inflating stopped because `size` passed `cap`. */
  overCap = false;
  /** The data is not valid deflate data. */
  broken = false;
  private readonly inflater: Inflate;
  private refused: unknown = null;

  constructor(
    private readonly cap: number,
    onData?: (chunk: Uint8Array) => void,
  ) {
    this.inflater = new Inflate((chunk) => {
      this.size += chunk.length;
      if (this.size > this.cap) this.overCap = true;
      else if (onData && chunk.length && !this.refused) {
        try {
          onData(chunk);
        } catch (error) {
          this.refused = error;
        }
      }
    });
  }

  get done(): boolean {
    return this.ended || this.overCap || this.broken || this.refused !== null;
  }

  push(data: Uint8Array): void {
    // fflate's own end-of-stream test (lib/index.cjs, inflt: `st.f && !st.l`): the final block was read completely.
    const state = (this.inflater as unknown as { s: { f?: number; l?: unknown } }).s;
    try {
      for (let at = 0; at < data.length && !this.done; at += PIECE) {
        this.inflater.push(data.subarray(at, at + PIECE), false);
        if (state.f && !state.l) this.ended = true;
      }
    } catch {
      this.broken = true;
    }
    if (this.refused) throw this.refused; // onData refused the content
  }
}

export function inflateCounted(data: Uint8Array, cap: number, onData?: (chunk: Uint8Array) => void): CountingInflater {
  const inflater = new CountingInflater(cap, onData);
  inflater.push(data);
  return inflater;
}

/** The two-byte zlib header (RFC 1950) that a PDF FlateDecode stream starts with. */
export function isZlibHeader(b0: number, b1: number): boolean {
  return (b0 & 0x0f) === 8 && b0 >> 4 <= 7 && ((b0 << 8) | b1) % 31 === 0;
}
