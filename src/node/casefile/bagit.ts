import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

/**
 * A BagIt bag (RFC 8493, version 1.0) serialised as a zip: one base folder holding bagit.txt,
 * bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt and the payload under data/. Any
 * BagIt tool (the Library of Congress's bagit.py, `sha256sum -c` in the folder) can check it.
 */

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
export const BAG_INFO = 'bag-info.txt';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** RFC 8493 2.1.3: CR, LF and % in a manifest path are percent-encoded. */
export const encodeManifestPath = (path: string) => path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const decodeManifestPath = (path: string) => path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

/** "label: value" lines; a value never spans lines (line breaks become spaces). */
export function tagFile(fields: [string, string | number | undefined | null][]): string {
  return fields
    .filter((f): f is [string, string | number] => f[1] !== undefined && f[1] !== null && f[1] !== '')
    .map(([label, value]) => `${label}: ${String(value).replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`)
    .join('');
}

export function manifestOf(files: Record<string, Uint8Array>): string {
  return Object.keys(files)
    .sort()
    .map((path) => `${sha256Hex(files[path])}  ${encodeManifestPath(path)}\n`)
    .join('');
}

/** Payload-Oxum: octets of the payload "." number of payload files. */
export const payloadOxum = (payload: Record<string, Uint8Array>) => `${Object.values(payload).reduce((n, b) => n + b.length, 0)}.${Object.keys(payload).length}`;

export interface BagInput {
  /** The bag's base folder name, also the zip's name without ".zip". */
  base: string;
  /** Payload files by their path under the bag ("data/case.json"). */
  payload: Record<string, Uint8Array>;
  /** bag-info.txt fields other than Payload-Oxum, in order. */
  info: [string, string | number | undefined | null][];
  /** Zip entry times. */
  mtime: Date;
}

const encoder = new TextEncoder();
/** Already compressed bytes are stored as they are. */
const STORED = /\.(zip|qdpx|docx|xlsx|pdf|png|jpe?g|gif|webp)$/i;

export function writeBagZip({ base, payload, info, mtime }: BagInput): Uint8Array {
  const tags: Record<string, Uint8Array> = {
    'bagit.txt': encoder.encode(BAGIT_TXT),
    [BAG_INFO]: encoder.encode(tagFile([...info, ['Payload-Oxum', payloadOxum(payload)]])),
    [MANIFEST]: encoder.encode(manifestOf(payload)),
  };
  tags[TAG_MANIFEST] = encoder.encode(manifestOf(tags));
  const entries: Zippable = {};
  for (const [path, bytes] of Object.entries({ ...tags, ...payload })) entries[`${base}/${path}`] = [bytes, { level: STORED.test(path) ? 0 : 6 }];
  return zipSync(entries, { mtime });
}
