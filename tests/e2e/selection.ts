import { expect, type Page } from '@playwright/test';

/** Selects a phrase of the reading text with a DOM Range, as a mouse drag would, and lets go. */
export async function selectPhrase(page: Page, phrase: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('#reader .reader-text');
    if (!root) throw new Error('no reading text');
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      starts.push(all.length);
      nodes.push(node);
      all += node.data;
    }
    const at = all.indexOf(wanted);
    if (at === -1) throw new Error(`“${wanted}” is not in the reader`);
    const locate = (pos: number, isEnd: boolean) => {
      let i = nodes.findIndex((n, k) => pos >= starts[k] && (isEnd ? pos <= starts[k] + n.data.length : pos < starts[k] + n.data.length));
      if (i === -1) i = nodes.length - 1;
      return { node: nodes[i], offset: pos - starts[i] };
    };
    const start = locate(at, false);
    const end = locate(at + wanted.length, true);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, phrase);
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
}

/** The centre of a phrase of the reading text on screen (the phrase must be drawn in one run). */
export async function phrasePoint(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('#reader .reader-text')!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`“${wanted}” is not drawn in one run`);
  }, phrase);
}
