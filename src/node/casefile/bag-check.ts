import type { BagProblem } from '../../shared/schemas/casefile';
import { BAG_INFO, decodeManifestPath, MANIFEST, sha256Hex, TAG_MANIFEST } from './bagit';

/**
 * RFC 8493's rules for a bag already unpacked (paths relative to its base folder): bagit.txt,
 * the SHA-256 payload manifest (every payload file listed exactly once, each matching), the tag
 * manifest, and Payload-Oxum. Every problem is listed, naming the file.
 */

const text = (b: Uint8Array | undefined) => (b ? new TextDecoder('utf-8').decode(b) : undefined);

/** Tag file fields ("Label: value", continuation lines indented), first value of each label. */
export function parseTagFile(content: string): Record<string, string> {
  const fields: Record<string, string> = {};
  let last: string | null = null;
  for (const line of content.split(/\r\n|\r|\n/)) {
    if (!line) continue;
    if (/^[ \t]/.test(line) && last) fields[last] += ` ${line.trim()}`;
    else {
      const at = line.indexOf(':');
      if (at <= 0) continue;
      last = line.slice(0, at).trim();
      if (!(last in fields)) fields[last] = line.slice(at + 1).trim();
    }
  }
  return fields;
}

interface Manifest {
  entries: Map<string, string>;
  problems: BagProblem[];
}

function parseManifest(name: string, content: string): Manifest {
  const entries = new Map<string, string>();
  const problems: BagProblem[] = [];
  for (const line of content.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    const m = /^([0-9a-fA-F]{64})[ \t]+\*?(.+)$/.exec(line);
    if (!m) {
      problems.push({ kind: 'invalid', path: name, message: `${name} has a line that is not "SHA-256 path": ${line.slice(0, 80)}` });
      continue;
    }
    const path = decodeManifestPath(m[2]);
    if (entries.has(path)) problems.push({ kind: 'invalid', path, message: `${path} is listed twice in ${name}` });
    entries.set(path, m[1].toLowerCase());
  }
  return { entries, problems };
}

/** Files listed in a manifest against the files there: altered, removed, and (within `scope`) added. */
function compare(name: string, manifest: Manifest, files: Map<string, Uint8Array>, present: string[]): BagProblem[] {
  const problems = [...manifest.problems];
  for (const [path, hash] of manifest.entries) {
    const bytes = files.get(path);
    if (!bytes) problems.push({ kind: 'removed', path, message: `${path} was removed: ${name} lists it but the bag does not hold it` });
    else if (sha256Hex(bytes) !== hash) problems.push({ kind: 'altered', path, message: `${path} was altered: its SHA-256 does not match ${name}` });
  }
  for (const path of present) if (!manifest.entries.has(path)) problems.push({ kind: 'added', path, message: `${path} was added: it is not in ${name}` });
  return problems;
}

export interface BagCheck {
  info: Record<string, string>;
  payloadFiles: number;
  payloadBytes: number;
  problems: BagProblem[];
}

export function checkBag(files: Map<string, Uint8Array>): BagCheck {
  const problems: BagProblem[] = [];
  const bagit = text(files.get('bagit.txt'));
  if (bagit === undefined) problems.push({ kind: 'removed', path: 'bagit.txt', message: 'bagit.txt was removed: a bag must hold it' });
  else {
    const f = parseTagFile(bagit);
    if (!/^\d+\.\d+$/.test(f['BagIt-Version'] ?? '') || f['Tag-File-Character-Encoding']?.toUpperCase() !== 'UTF-8') {
      problems.push({ kind: 'invalid', path: 'bagit.txt', message: 'bagit.txt must give BagIt-Version and Tag-File-Character-Encoding: UTF-8' });
    }
  }
  const payload = [...files.keys()].filter((p) => p.startsWith('data/'));
  const payloadBytes = payload.reduce((n, p) => n + files.get(p)!.length, 0);
  const manifest = text(files.get(MANIFEST));
  if (manifest === undefined) problems.push({ kind: 'removed', path: MANIFEST, message: `${MANIFEST} was removed: the files of the bag cannot be checked without it` });
  else {
    const parsed = parseManifest(MANIFEST, manifest);
    for (const path of parsed.entries.keys()) if (!path.startsWith('data/')) problems.push({ kind: 'invalid', path, message: `${MANIFEST} lists ${path}, which is not in the payload folder data/` });
    problems.push(...compare(MANIFEST, parsed, files, payload));
  }
  const tags = text(files.get(TAG_MANIFEST));
  const tagFiles = [...files.keys()].filter((p) => !p.startsWith('data/') && p !== TAG_MANIFEST);
  if (tags === undefined) problems.push({ kind: 'removed', path: TAG_MANIFEST, message: `${TAG_MANIFEST} was removed: a Fieldnotes case file always holds it` });
  else problems.push(...compare(TAG_MANIFEST, parseManifest(TAG_MANIFEST, tags), files, tagFiles));
  const infoText = text(files.get(BAG_INFO));
  const info = infoText === undefined ? {} : parseTagFile(infoText);
  const oxum = info['Payload-Oxum'];
  if (oxum !== undefined && oxum !== `${payloadBytes}.${payload.length}`) {
    problems.push({ kind: 'invalid', path: BAG_INFO, message: `${BAG_INFO} gives Payload-Oxum ${oxum}, but the payload is ${payloadBytes} bytes in ${payload.length} files` });
  }
  return { info, payloadFiles: payload.length, payloadBytes, problems };
}
