import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ExportFormat } from '../../src/node/export/formats';

/**
 * Every byte of an export as text, the way a reader of the file could get at it: the file itself,
 * every entry of a zip (DOCX, XLSX, a zip of CSVs), or the text layer of a PDF (pdftotext).
 */
export function textOfOutput(format: Pick<ExportFormat, 'container'>, bytes: Uint8Array): string {
  const utf8 = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(b);
  if (format.container === 'text') return utf8(bytes);
  if (format.container === 'zip') {
    const entries = unzipSync(bytes);
    return Object.entries(entries)
      .map(([name, content]) => `${name}\n${utf8(content)}`)
      .join('\n');
  }
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-pdf-'));
  try {
    writeFileSync(join(dir, 'out.pdf'), bytes);
    // The raw bytes too: a PDF's metadata (title, subject) is not in its text layer.
    return `${execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'out.pdf'), '-'], { encoding: 'utf8' })}\n${Buffer.from(bytes).toString('latin1')}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
