import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { callApi } from './api';
import { OfflineWatch } from './offline';
import { startServer, type BrowserModeServer } from './server';

// The Export dialog in browser mode: opened from a case, the library, a code and the palette; the
// withheld counts before exporting; the file name with the profile; a real download; Cancel, which
// leaves nothing. Also the README screenshot of the dialog (docs/ only with UPDATE_SCREENSHOTS=1).

const CASE = 'Coastal killings, March 2025';
const SECRET = { name: 'Haddadwitnessname', contact: 'witness.contact5150@example.org', place: 'Orchardhouse5150', memo: 'Privatememo9191' };

let server: BrowserModeServer;
const offline = new OfflineWatch();
test.beforeEach(async ({ page }) => {
  server = await startServer({ fixedDataDirName: 'fieldnotes-export-workspace' });
  offline.watch(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').nth(2)).toBeVisible();
  await seed(page);
});
test.afterEach(async () => {
  offline.expectOnlyLocal(server.origin);
  await server?.stop();
});

/** Two witnesses with identities (one account without consent to share), three private memos and a redacted span, through the API the page uses. */
async function seed(page: Page) {
  const call = <T = any>(method: string, input: unknown) => callApi<T>(page, method, input);
  const { cases } = await call('cases.list', {});
  const caseId = cases.find((c: { title: string }) => c.title === CASE).id;
  for (const n of [1, 2]) {
    const w = await call('witnesses.create', { caseId, description: `resident ${n}`, identity: { name: `${SECRET.name}${n}`, contact: SECRET.contact, exactPlace: SECRET.place } });
    if (n === 1) await call('witnesses.consent.set', { witnessId: w.id, purpose: 'share_team', givenAt: '2025-04-02' });
    await call('accounts.create', { witnessId: w.id, caseId, language: 'en', relation: 'survivor', narrative: `Account ${n}: we hid in the orchard.`, locationCoarse: 'Latakia governorate' });
  }
  for (const n of [1, 2, 3]) await call('memos.create', { targetType: 'case', targetId: caseId, text: `${SECRET.memo} ${n}`, visibility: 'private' });
  const { items } = await call('articles.list', { caseId });
  await call('redactions.create', { targetType: 'article', targetId: items[0].id, start: 0, end: 10, reason: 'location' });
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

async function openFromCase(page: Page) {
  await page.getByRole('listbox', { name: 'Cases' }).getByRole('option', { name: new RegExp(CASE) }).click();
  await page.getByRole('button', { name: `Export the case “${CASE}”` }).click();
  await expect(dialog(page)).toBeVisible();
}

test('export a case from the dialog: withheld counts first, the profile in the file name, a download holding nothing withheld', async ({ page }) => {
  await openFromCase(page);
  const d = dialog(page);
  await expect(d.getByLabel('What to export')).toHaveValue('case');
  await expect(d.getByRole('radio', { name: 'Team' })).toBeChecked();
  await expect(d.getByTestId('export-withheld').getByRole('listitem')).toHaveText(['2 witness identities', '1 account without consent to share with the team', '3 private memos']);
  await expect(d.getByTestId('export-file-name')).toHaveText('coastal-killings-march-2025.team.docx');

  await d.getByRole('radio', { name: 'Public' }).check();
  await expect(d.getByTestId('export-file-name')).toHaveText('coastal-killings-march-2025.public.docx');
  await expect(d.getByTestId('export-withheld').getByRole('listitem').filter({ hasText: /^1 redacted span$/ })).toBeVisible();
  await expect(d.getByTestId('export-withheld')).toContainText('2 accounts without consent to publish');
  await d.getByRole('radio', { name: 'Team' }).check();
  await expect(d.getByTestId('export-file-name')).toHaveText('coastal-killings-march-2025.team.docx');

  const download = page.waitForEvent('download');
  await d.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('coastal-killings-march-2025.team.docx');
  const entries = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
  const text = Object.values(entries).map((e) => new TextDecoder().decode(e)).join('\n');
  expect(text).toContain('Account 1: we hid in the orchard.');
  for (const secret of [`${SECRET.name}1`, `${SECRET.name}2`, SECRET.contact, SECRET.place, SECRET.memo, 'Account 2']) expect(text).not.toContain(secret);
  await expect(d).toBeHidden();
  await expect(page.getByText('Exported coastal-killings-march-2025.team.docx.')).toBeVisible();
});

test('Cancel during an export stops it: no download, and the core wrote nothing', async ({ page }) => {
  await openFromCase(page);
  const d = dialog(page);
  await d.getByLabel('Format').selectOption('json');
  await expect(d.getByTestId('export-file-name')).toHaveText('coastal-killings-march-2025.team.json');
  // Hold the export call until Cancel has been pressed, so the cancel is not a race.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let jobId = '';
  await page.route('**/api/export.render', async (route) => {
    jobId = (route.request().postDataJSON() as { jobId: string }).jobId;
    await held;
    await route.continue();
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  const answered = page.waitForResponse('**/api/export.render');
  await d.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(d.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(d.getByRole('button', { name: 'Exporting…' })).toBeDisabled();
  await d.getByRole('button', { name: 'Cancel export' }).click();
  await expect(d.getByTestId('export-progress')).toHaveText('Cancelled: nothing was saved.');
  release();
  const response = await (await answered).json();
  expect(response).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled; nothing was written.' } });
  expect(await callApi(page, 'export.progress', { jobId })).toMatchObject({ stage: 'cancelled' });
  expect(downloads).toBe(0);
  // The dialog stays, ready to export again.
  await expect(d.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await d.getByRole('button', { name: 'Close' }).click();
  await expect(d).toBeHidden();
});

test('the dialog opens from the palette, the library and a code in the codebook', async ({ page }) => {
  for (const word of ['export', 'print', 'docx', 'csv', 'markdown', 'report', 'pdf']) {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Type a command' }).fill(word);
    await expect(palette.getByRole('option', { name: /^Export…/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
  }
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox', { name: 'Type a command' }).fill('export docx');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByLabel('What to export')).toHaveValue('all');
  await dialog(page).getByRole('button', { name: 'Close' }).click();

  const list = page.getByRole('listbox', { name: 'Articles' });
  await list.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Export the library’s selection' }).click();
  await expect(dialog(page).getByLabel('What to export')).toHaveValue('article');
  await expect(dialog(page).getByText(/^Holds 1 source,/)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: /^Alawite/ }).click();
  await page.getByRole('button', { name: 'Export the segments coded “Alawite”' }).click();
  await expect(dialog(page).getByLabel('What to export')).toHaveValue('code');
  await expect(dialog(page).getByTestId('export-file-name')).toHaveText(/\.team\.docx$/);
});

test('screenshot of the Export dialog', async ({ page }) => {
  await openFromCase(page);
  await expect(dialog(page).getByTestId('export-withheld').getByRole('listitem')).toHaveCount(3);
  for (const close of await page.getByRole('button', { name: 'Dismiss notification' }).all()) await close.click({ timeout: 2000 }).catch(() => undefined);
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const path = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/export-dialog.png' : 'test-results/export-dialog.png';
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
});
