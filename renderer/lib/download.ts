/** Saves what the page made as a file: a Blob behind a temporary <a download>. Nothing leaves the machine. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; keep the URL a moment for slow starts.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text (or bytes) made in the page as a file. */
export function downloadText(fileName: string, mediaType: string, content: string | Uint8Array<ArrayBuffer>): void {
  downloadBlob(fileName, new Blob([content], { type: mediaType }));
}
