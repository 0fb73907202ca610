import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fixtureQdpx } from '../helpers/qdpx-fixture';
import { OfflineWatch } from './offline';
import { startServer, type BrowserModeServer } from './server';

// A REFI-QDA project from the palette in browser mode: the bytes go to the core, the report is a
// notice, the sources are in the library; and the Export dialog offers the project format.

let server: BrowserModeServer;
const offline = new OfflineWatch();
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.stop();
});

test('import a REFI-QDA project from the palette, then find the format in the Export dialog', async ({ page }) => {
  offline.watch(page);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  const file = join(tmpdir(), `fieldnotes-e2e-${process.pid}-maxqda.qdpx`);
  writeFileSync(file, fixtureQdpx('maxqda'));

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('qdpx');
  const chooser = page.waitForEvent('filechooser');
  await palette.getByRole('option', { name: /^Import a REFI-QDA project…/ }).click();
  await (await chooser).setFiles(file);

  await expect(page.getByText('Imported “Latakia hospitals”: 2 sources, 2 codings placed.')).toBeVisible();
  await expect(page.getByText(/Not brought in: Variables \(attributes of cases and sources\) are not imported\./)).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option', { name: /Hospital log/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /Council statement\.pdf/ })).toBeVisible();

  await page.keyboard.press('Control+k');
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('export');
  await palette.getByRole('option', { name: /^Export…/ }).first().click();
  await expect(page.getByLabel('Format').locator('option', { hasText: 'REFI-QDA project (QDPX)' })).toHaveCount(1);
  offline.expectOnlyLocal(server.origin);
});
