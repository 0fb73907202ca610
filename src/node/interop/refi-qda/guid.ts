import { createHash } from 'node:crypto';

/** A UUID (version 5 layout) derived from its parts, so that the same record gets the same GUID in every export and import. */
export function stableGuid(...parts: string[]): string {
  const h = createHash('sha1').update(`fieldnotes-refi-qda\u0000${parts.join('\u0000')}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
