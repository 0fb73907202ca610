import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { OfflineWatch } from './offline';
import { startServer, type BrowserModeServer } from './server';
import { selectPhrase } from './selection';

// Codes on evidence records: a figure recorded from a selection gets "Killed for identity" from the
// codebook through the same chips and picker as an article's codes, and keeps it when reopened.

const coastReport = resolve(import.meta.dirname, '..', 'fixtures', 'syria-coast-2025-03.txt');
const PHRASE = '745 mostly Alawite civilians';
const CODE = 'Killed for identity';

let server: BrowserModeServer;

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server?.stop();
});

test('a code from the codebook applied to a figure stays on it', async ({ page }) => {
  const offline = new OfflineWatch();
  offline.watch(page);
  await page.goto(server.url);
  await page.getByTestId('import-file-input').setInputFiles(coastReport);
  await expect(page.locator('#reader .reader-text')).toContainText('Over 1,000 individuals have been killed');

  // Record the figure; while it is new, the Codes row only says to save first.
  await selectPhrase(page, PHRASE);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Figure' }).click();
  const recordDialog = page.getByRole('dialog', { name: 'Record a figure' });
  await expect(recordDialog.getByRole('group', { name: 'Codes' })).toContainText('Save first, then add codes.');
  const reporter = recordDialog.getByRole('combobox', { name: 'Reporter' });
  await reporter.fill('SOHR');
  await recordDialog.getByRole('option', { name: 'Add “SOHR” as a new organisation' }).click();
  await expect(reporter).toHaveValue('SOHR');
  await recordDialog.getByLabel('Reported date').fill('2025-03-09');
  await recordDialog.getByLabel('As-of date').fill('2025-03-09');
  await recordDialog.getByRole('button', { name: 'Record figure' }).click();
  await expect(recordDialog).toBeHidden();

  // Open it from the inspector and apply the code with the picker.
  const figures = page.locator('#inspector').getByRole('list', { name: 'Figures from this article' });
  await expect(figures.getByRole('listitem')).toHaveCount(1);
  await figures.getByRole('button').first().click();
  let edit = page.getByRole('dialog', { name: 'Edit figure' });
  const codes = edit.getByTestId('figure-codes');
  await expect(codes).toContainText('No codes yet');
  await edit.getByRole('button', { name: 'Add a code to this figure' }).click();
  const picker = edit.getByRole('combobox', { name: 'Add a code to this figure' });
  await picker.fill(CODE);
  await picker.press('Enter');
  await expect(codes.getByRole('listitem').filter({ hasText: CODE })).toBeVisible();
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();

  // Reopened, the figure still carries the code.
  await figures.getByRole('button').first().click();
  edit = page.getByRole('dialog', { name: 'Edit figure' });
  await expect(edit.getByTestId('figure-codes').getByRole('listitem').filter({ hasText: CODE })).toBeVisible();
  await expect(edit.getByRole('button', { name: `Remove code ${CODE}` })).toBeVisible();

  offline.expectOnlyLocal(server.origin);
});
