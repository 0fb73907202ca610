import type { ImportFormat } from './document';
import { decodeText } from './decode-text';

export const plainTextFormat: ImportFormat = {
  kind: 'text',
  extensions: ['.txt'],
  mediaType: 'text/plain',
  async extract(bytes, fileName) {
    return decodeText(bytes, fileName);
  },
};
