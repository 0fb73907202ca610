import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether every one of these programs is on the PATH (tests that need them skip, saying so, when not). */
export const haveTools = (...tools: string[]) => tools.every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);

/**
 * Converts a file with LibreOffice in a fresh user profile (so parallel runs never share one) and
 * returns the paths of what it wrote, in a temporary folder the caller removes.
 */
export function libreOfficeConvert(bytes: Uint8Array, fileName: string, target: string): { dir: string; outputs: string[]; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-lo-'));
  const input = join(dir, fileName);
  writeFileSync(input, bytes);
  const out = join(dir, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', target, '--outdir', out, input], { stdio: 'pipe', timeout: 120_000 });
  return { dir, outputs: readdirSync(out).sort().map((f) => join(out, f)), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The text of a PDF, page by page (pdftotext separates pages with a form feed). */
export const pdfPages = (pdf: string): string[] => execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
