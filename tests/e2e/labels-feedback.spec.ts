import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadDemoWithRecords } from './seedRecords';
import { runCommand } from './palette';
import { startServer, type BrowserModeServer } from './server';

// Labels that are never cut mid-word, the suggestions list without repeated noise, and the
// reconciliation scoped to the case in context.

const coastReport = resolve(import.meta.dirname, '..', 'fixtures', 'syria-coast-2025-03.txt');

let server: BrowserModeServer;
test.afterEach(async () => {
  await server?.stop();
});

/** Whether an element's text is drawn in full (not clipped or ellipsized). */
const fits = (locator: Locator) => locator.evaluate((e) => e.scrollWidth <= e.clientWidth + 1);

/** Whether the search box's placeholder fits inside it. */
const placeholderFits = (page: Page) =>
  page.locator('.search-box-input').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  });

test('the toolbar and the codebook cut no label mid-word at 1280 and 1000 px', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await loadDemoWithRecords(page);
  // Something to undo, whose name is a long record title.
  await runCommand(page, 'Open codebook');
  for (const width of [1280, 1000]) {
    await page.setViewportSize({ width, height: 700 });
    expect(await placeholderFits(page), `search placeholder at ${width}`).toBe(true);
    const labels = page.locator('.undo-label');
    for (const label of await labels.all()) if (await label.isVisible()) expect(await fits(label), `undo label at ${width}`).toBe(true);
    const name = page.locator('.code-row-name', { hasText: 'Killed for identity' });
    await expect(name).toBeVisible();
    expect(await fits(name), `codebook name at ${width}`).toBe(true);
    await expect(name).toHaveText('Killed for identity');
  }
});

test('the missing reporter is said once above the suggestions; the row actions never cover its text', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await page.getByTestId('import-file-input').setInputFiles(coastReport);
  const section = page.locator('#inspector').getByRole('region', { name: /^Suggestions \d+$/ });
  await expect(section.getByRole('checkbox', { name: /745 mostly Alawite civilians/ })).toBeVisible();
  await expect(section.getByText(/no registered reporter: choose one/)).toHaveCount(1);
  await expect(section.getByText(/choose a reporter|No reporter named/)).toHaveCount(0);
  const row = section.locator('.suggestion-row', { has: page.getByRole('checkbox', { name: /745 mostly Alawite civilians/ }) });
  await row.hover();
  const actions = row.locator('.suggestion-row-actions');
  await expect(actions).toBeVisible();
  const a = (await actions.boundingBox())!;
  for (const part of ['.suggestion-text', '.suggestion-fields']) {
    const t = (await row.locator(part).boundingBox())!;
    const overlaps = a.x < t.x + t.width && t.x < a.x + a.width && a.y < t.y + t.height && t.y < a.y + a.height;
    expect(overlaps, `actions over ${part}`).toBe(false);
  }
});

test('the reconciliation starts from the case in context and says which scope it shows', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  const { caseId } = await loadDemoWithRecords(page);
  await runCommand(page, 'Open figures reconciliation');
  await expect(page.getByLabel('Scope', { exact: true })).toHaveValue(`case:${caseId}`);
  await expect(page.getByTestId('recon-scope')).toHaveText(/^Showing the figures of the case “.+”\.$/);
  await page.getByLabel('Scope', { exact: true }).selectOption('all:');
  await expect(page.getByTestId('recon-scope')).toHaveText('Showing all figures, of every case and incident.');
});
