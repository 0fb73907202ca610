import { parseHTML } from 'linkedom';

/** Block elements: each starts and ends a paragraph of the reading text. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'FIGURE', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'CAPTION']);

/** Cells of one table row are separated by a tab, the same way PDF tables are. */
export const CELL_SEPARATOR = '\t';

/** Parses an HTML fragment (inert: nothing runs, nothing is fetched) into a document with a <body>. */
export function parseFragment(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** Replaces each <img alt="..."> outside a figure caption with a caption line holding its alt text. */
export function altTextAsCaptions(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('img[alt]'))) {
    const alt = img.getAttribute('alt')?.trim();
    const figure = img.closest('figure');
    if (!alt || (figure && figure.querySelector('figcaption')?.textContent?.includes(alt))) continue;
    const caption = img.ownerDocument.createElement('figcaption');
    caption.textContent = alt;
    img.replaceWith(caption);
  }
}

/**
 * Text of an element: block boundaries as blank lines, <br> as a line break, a table row as one
 * line of tab-separated cells, list items with a bullet.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'TR') {
      const cells = Array.from((node as Element).children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
      const line = cells.map((c) => blockText(c).replace(/\s+/g, ' ').trim()).join(CELL_SEPARATOR);
      parts.push(`\n${line}`);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'LI') parts.push('• ');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.split(CELL_SEPARATOR).map((cell) => cell.replace(/[ ]+/g, ' ').trim()).join(CELL_SEPARATOR).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
