import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';
import { selectPhrase } from './selection';

// Redacting in the reader: select, "Redact…" with a reason, the words are struck through; the
// redaction is listed under the text and removed from there; undo brings it back.

const coastReport = resolve(import.meta.dirname, '..', 'fixtures', 'syria-coast-2025-03.txt');
let server: BrowserModeServer;
const offline = new OfflineWatch();
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.stop();
});

test('redact a selection with a reason, see it struck through, remove it, undo the removal', async ({ page }) => {
  offline.watch(page);
  await page.goto(server.url);
  await page.getByTestId('import-file-input').setInputFiles(coastReport);
  await expect(page.locator('#reader .reader-text')).toContainText('Over 1,000 individuals have been killed');

  await selectPhrase(page, '745 mostly Alawite civilians');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Redact…' }).click();
  const reason = page.getByLabel('Why redact the selected text?');
  await expect(reason).toBeFocused();
  await reason.fill('names a relative');
  await page.getByRole('button', { name: 'Redact', exact: true }).click();

  const struck = page.locator('#reader .reader-text .redacted');
  await expect(struck).toHaveText('745 mostly Alawite civilians');
  await expect(struck).toHaveCSS('text-decoration-line', 'line-through');
  await expect(struck).toHaveAttribute('title', 'Redacted: names a relative');
  const list = page.getByRole('region', { name: 'Redacted spans' });
  await expect(list).toContainText('names a relative');

  await list.getByRole('button', { name: /Remove the redaction/ }).click();
  await expect(struck).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(struck).toHaveText('745 mostly Alawite civilians');
  offline.expectOnlyLocal(server.origin);
});

test('"Save original…" in the inspector saves the imported bytes unchanged', async ({ page }) => {
  await page.goto(server.url);
  await page.getByTestId('import-file-input').setInputFiles(coastReport);
  await expect(page.locator('#reader .reader-text')).toContainText('Over 1,000 individuals have been killed');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save original…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('syria-coast-2025-03.txt');
  expect(readFileSync(await file.path())).toEqual(readFileSync(coastReport));
});
