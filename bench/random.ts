/**
 * A seeded 32-bit generator (mulberry32) for reproducible synthetic corpora. Integer arithmetic
 * through Math.imul keeps every bit: a multiplicative LCG computed in doubles loses the low bits
 * once the product passes 2^53 and falls into a cycle of about 10,000 values.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
