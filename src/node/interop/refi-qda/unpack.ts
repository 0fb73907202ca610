import { unzipSync } from 'fflate';
import { AppError } from '../../../shared/api/errors';
import { checkZip } from '../safe-zip';

/**
 * Opens a .qdpx: the zip is checked first by safe-zip (entry count, real inflated sizes, ratio),
 * then its entry names (no absolute paths, no "..", no duplicates), and only then unpacked, in
 * memory (nothing is written to disk). The project file is the one .qde at the top (any name).
 */

export interface Unpacked {
  qdeName: string;
  qde: string;
  /** Files of the sources folder ("sources" or "Sources"), by their name in lower case. */
  sources: Map<string, { name: string; bytes: Uint8Array }>;
}

const refuse = (fileName: string, why: string) => new AppError('invalid_input', `${fileName} was refused: ${why}. Nothing was imported.`);

function checkName(name: string, fileName: string): void {
  if (/^([/\\]|[a-z]:)/i.test(name)) throw refuse(fileName, `it holds a file with an absolute path (${name})`);
  if (name.split(/[/\\]/).includes('..')) throw refuse(fileName, `it holds a file whose path leaves the project folder (${name})`);
  if (/[\u0000-\u001f]/.test(name)) throw refuse(fileName, 'it holds a file name with control characters');
}

export function unpackQdpx(bytes: Uint8Array, fileName: string): Unpacked {
  checkZip(bytes, fileName);
  const names: string[] = [];
  const entries = unzipSync(bytes, {
    filter: (f) => {
      checkName(f.name, fileName);
      if (names.some((n) => n.toLowerCase() === f.name.toLowerCase())) throw refuse(fileName, `it holds the file ${f.name} twice`);
      names.push(f.name);
      return !f.name.endsWith('/');
    },
  });
  const qdes = Object.keys(entries).filter((n) => /^[^/\\]+\.qde$/i.test(n));
  if (qdes.length !== 1) {
    throw refuse(fileName, qdes.length ? `it holds ${qdes.length} project files (${qdes.join(', ')}) instead of one` : 'it holds no project file (.qde); it is not a REFI-QDA project');
  }
  const qde = new TextDecoder('utf-8').decode(entries[qdes[0]]);
  const sources = new Map<string, { name: string; bytes: Uint8Array }>();
  for (const [name, data] of Object.entries(entries)) {
    const m = /^sources[/\\](.+)$/i.exec(name);
    if (m) sources.set(m[1].toLowerCase(), { name: m[1], bytes: data });
  }
  return { qdeName: qdes[0], qde, sources };
}

/** The file a source path names: "internal://X" (or a bare name) in the sources folder; null for external paths. */
export function sourceFile(unpacked: Unpacked, path: string): { name: string; bytes: Uint8Array } | null {
  const internal = /^internal:\/\/(.+)$/i.exec(path.trim())?.[1] ?? (/^[^:/\\]+$/.test(path.trim()) ? path.trim() : null);
  return internal ? (unpacked.sources.get(internal.toLowerCase()) ?? null) : null;
}
