import { strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { AppError } from '../../shared/api/errors';
import type { ImportFormat } from './document';
import { checkTextLength } from './limits';
import { blockText, parseFragment } from './html-text';
import { checkZip } from './safe-zip';

/**
 * Word .docx: mammoth's HTML conversion read as text, so headings stay paragraphs of their own,
 * list items keep a bullet, table rows are lines of tab-separated cells and footnotes and endnotes
 * come at the end with their markers ([1] in the text, "[1] note" below). Title and author come
 * from docProps/core.xml; the file's creation date is provenance, never the published date.
 */
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
      text = notesAndText((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value);
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
      publishedAt: null,
      fileCreated: created && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null,
    };
  },
};

/** The reading text of mammoth's HTML: each note becomes "[n] text" at the end, its back-link dropped. */
function notesAndText(html: string): string {
  const document = parseFragment(html);
  for (const back of Array.from(document.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) back.remove();
  const markers = new Map<string, string>();
  for (const ref of Array.from(document.querySelectorAll('a[id^="footnote-ref-"], a[id^="endnote-ref-"]'))) {
    markers.set((ref.getAttribute('href') ?? '').slice(1), (ref.textContent ?? '').trim());
  }
  for (const note of Array.from(document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `${markers.get(note.getAttribute('id') ?? '') ?? ''} ${blockText(note).replace(/^•\s*/, '')}`.trim();
    const list = note.parentElement;
    list?.parentElement?.insertBefore(paragraph, list);
    note.remove();
    if (list && !list.children.length) list.remove();
  }
  return blockText(document.body);
}

function xmlField(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!m) return null;
  const value = m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return value || null;
}
