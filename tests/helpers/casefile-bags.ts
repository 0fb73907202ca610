import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseTagFile } from '../../src/node/casefile/bag-check';
import { writeBagZip } from '../../src/node/casefile/bagit';

/** Crafted case files for tests: a bag's files edited after the fact (manifests left stale), or a bag remade around edited payload (manifests fresh). */

export const entriesOf = (zip: Uint8Array) => unzipSync(zip);

/** The bag's base folder and its files by path inside it. */
export function bagFiles(zip: Uint8Array): { base: string; files: Record<string, Uint8Array> } {
  const entries = unzipSync(zip);
  const base = Object.keys(entries)[0].split('/')[0];
  return { base, files: Object.fromEntries(Object.entries(entries).map(([p, b]) => [p.slice(base.length + 1), b])) };
}

/** The zip again with its files edited (as someone tampering with it would): manifests untouched. */
export function tamper(zip: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const { base, files } = bagFiles(zip);
  edit(files);
  return zipSync(Object.fromEntries(Object.entries(files).map(([p, b]) => [`${base}/${p}`, b])) as Zippable);
}

/** A new, internally consistent bag around edited payload (and bag-info fields): only the checks beyond the manifests can catch it. */
export function rebag(zip: Uint8Array, edit: (payload: Record<string, Uint8Array>) => void, info: Record<string, string> = {}): Uint8Array {
  const { base, files } = bagFiles(zip);
  const payload = Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith('data/')));
  edit(payload);
  const fields = { ...parseTagFile(new TextDecoder().decode(files['bag-info.txt'])), ...info };
  delete fields['Payload-Oxum'];
  return writeBagZip({ base, payload, info: Object.entries(fields), mtime: new Date('2025-04-01T00:00:00Z') });
}

/** Edits case.json as an object. */
export const editCaseJson = (edit: (json: any) => void) => (payload: Record<string, Uint8Array>) => {
  const json = JSON.parse(new TextDecoder().decode(payload['data/case.json']));
  edit(json);
  payload['data/case.json'] = strToU8(JSON.stringify(json));
};

/** Every byte of a case file as text: each entry, and each entry of a zip inside it (project.qdpx, tables). */
export function textOfCaseFile(zip: Uint8Array): string {
  const utf8 = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(b);
  const walk = (bytes: Uint8Array): string =>
    Object.entries(unzipSync(bytes))
      .map(([name, content]) => `${name}\n${/\.(zip|qdpx|docx|xlsx)$/i.test(name) ? walk(content) : utf8(content)}`)
      .join('\n');
  return walk(zip);
}
