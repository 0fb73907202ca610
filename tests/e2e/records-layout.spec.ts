import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadDemoWithRecords } from './seedRecords';
import { runCommand } from './palette';
import { startServer, type BrowserModeServer } from './server';

// Every records view (actors, incidents, witnesses, figures, quotes) at 1280x800, 1000x700 and
// 760x700, light and dark: the view fills the centre pane's height (no strip with empty space below)
// and nothing is cut off on the right. Screenshots go to test-results/records/ for review.

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1000, height: 700 },
  { width: 760, height: 700 },
] as const;
const VIEWS = [
  { command: 'Open actors', heading: 'Actors' },
  { command: 'Open incidents', heading: 'Incidents' },
  { command: 'Open witnesses', heading: 'Witnesses' },
  { command: 'Open figures reconciliation', heading: 'Figures' },
  { command: 'Open quotes', heading: 'Quotes' },
] as const;

let server: BrowserModeServer;
test.afterEach(async () => {
  await server?.stop();
});

/**
 * The centre view's box, where its list and detail end, and what is cut off on the right (wider
 * than the pane with no horizontal scrolling container to reach it).
 */
function measure(page: Page, heading: string) {
  return page.evaluate((title) => {
    const h = [...document.querySelectorAll('#pane-reader h2')].find((e) => e.textContent?.trim() === title);
    const view = h?.closest('section');
    if (!view) throw new Error(`no view headed ${title}`);
    const slot = document.getElementById('pane-reader')!.getBoundingClientRect();
    const body = view.querySelector('.record-body');
    const parts = body ? [...body.children] : [];
    const partsBottom = parts.length ? Math.max(...parts.map((e) => e.getBoundingClientRect().bottom)) : slot.bottom;
    const scrolls = (e: HTMLElement) => {
      for (let at = e.parentElement; at && at !== view.parentElement; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX) && at.getBoundingClientRect().right <= slot.right + 1) return true;
      }
      return false;
    };
    const cut = [...view.querySelectorAll<HTMLElement>('table, .record-detail, .record-list-panel')]
      .filter((e) => e.getBoundingClientRect().right > slot.right + 1 && !scrolls(e))
      .map((e) => e.className || e.tagName);
    // The selected record's panel scrolls down, never sideways.
    for (const panel of view.querySelectorAll<HTMLElement>('.record-detail-panel')) if (panel.scrollWidth > panel.clientWidth + 1) cut.push('record-detail-panel (scrolls sideways)');
    return { slotBottom: slot.bottom, viewBottom: view.getBoundingClientRect().bottom, partsBottom, cut };
  }, heading);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`records views fill the pane at 1280, 1000 and 760 px (${colorScheme})`, async ({ browser }) => {
    server = await startServer();
    mkdirSync('test-results/records', { recursive: true });
    const context = await browser.newContext({ viewport: SIZES[0], colorScheme });
    const page = await context.newPage();
    await page.goto(server.url);
    await loadDemoWithRecords(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const { command, heading } of VIEWS) {
        await runCommand(page, command);
        await expect(page.locator('#pane-reader').getByRole('heading', { name: heading, exact: true, level: 2 })).toBeVisible();
        // Select the first record where the view has a list of them, so the detail is drawn too.
        const first = page.locator('#pane-reader tbody tr').first();
        if (['Actors', 'Incidents', 'Witnesses'].includes(heading)) await first.click();
        await page.mouse.move(0, size.height - 1);
        await page.screenshot({ path: `test-results/records/${heading.toLowerCase()}-${size.width}-${colorScheme}.png` });
        const m = await measure(page, heading);
        expect.soft(m.slotBottom - m.viewBottom, `${heading} at ${size.width}: the view ends above the pane`).toBeLessThan(2);
        expect.soft(m.slotBottom - m.partsBottom, `${heading} at ${size.width}: its list and detail end above the pane`).toBeLessThan(2);
        expect.soft(m.cut, `${heading} at ${size.width}: cut off on the right`).toEqual([]);
      }
    }
    await context.close();
  });
}
