/** Bytes per chunk: a multiple of 3, so each chunk's base64 joins the next without padding. */
const CHUNK_BYTES = 3 * 0x4000;
/** Give the page a breath about every 2 MB, so progress and Cancel stay responsive. */
const YIELD_EVERY_BYTES = 2 * 1024 * 1024;

function chunkToBase64(chunk: Uint8Array): string {
  // 49,152 arguments at most: well under engines' argument limits (unlike spreading a whole file).
  return btoa(String.fromCharCode.apply(null, chunk as unknown as number[]));
}

/** Base64 of the bytes, converted a chunk at a time (never one giant String.fromCharCode call). */
export async function bytesToBase64(bytes: Uint8Array): Promise<string> {
  const parts: string[] = [];
  let sinceYield = 0;
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
    parts.push(chunkToBase64(chunk));
    sinceYield += chunk.length;
    if (sinceYield >= YIELD_EVERY_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return parts.join('');
}

/** Reads a dropped or chosen file as an ArrayBuffer and returns its base64. */
export async function fileToBase64(file: File): Promise<string> {
  const buffer = await file.arrayBuffer();
  return bytesToBase64(new Uint8Array(buffer));
}
