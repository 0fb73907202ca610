import type { ImportFormat } from './document';
import { decodeTextFile } from './decode-text';

export const plainTextFormat: ImportFormat = {
  kind: 'text',
  extensions: ['.txt'],
  mediaType: 'text/plain',
  async extract(bytes, fileName) {
    return { text: decodeTextFile(bytes, fileName) };
  },
};
