import { strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { AppError } from '../../shared/api/errors';
import type { ImportFormat } from './document';
import { checkTextLength } from './limits';
import { checkZip } from './safe-zip';

/** Word .docx: paragraphs as plain text (mammoth), title/author/date from docProps/core.xml. */
export const docxFormat: ImportFormat = {
  kind: 'docx',
  extensions: ['.docx'],
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  async extract(bytes, fileName) {
    // Every entry is inflated once with a counter before mammoth (JSZip) unpacks anything.
    const { names, kept } = checkZip(bytes, fileName, ['docProps/core.xml']);
    if (!names.has('word/document.xml')) {
      throw new AppError('invalid_input', `${fileName} is not a Word document (word/document.xml is missing). Nothing was imported.`);
    }
    let text: string;
    try {
      text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    } catch {
      // Also mammoth's recursion on absurdly nested XML (a RangeError): the user gets the same sentence.
      throw new AppError('invalid_input', `${fileName} could not be read as a Word document. Nothing was imported.`);
    }
    checkTextLength(text.length, fileName);
    const core = kept.has('docProps/core.xml') ? strFromU8(kept.get('docProps/core.xml')!) : '';
    const created = xmlField(core, 'dcterms:created');
    return {
      text,
      title: xmlField(core, 'dc:title'),
      author: xmlField(core, 'dc:creator'),
      publishedAt: created && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null,
    };
  },
};

function xmlField(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!m) return null;
  const value = m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return value || null;
}
