import { expect, test, type Page } from '@playwright/test';
import { makeLongHtml } from '../helpers/make-documents';
import { startServer, type BrowserModeServer } from './server';

// Importing in bulk: dropping files on the window, progress over several files, Cancel that
// stops the file being read and the ones after it, files refused with a message that says what
// to do, and a file whose article is in the trash.

let server: BrowserModeServer;

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server?.stop();
});

function textFile(name: string, body: string) {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(body, 'utf8') };
}

async function open(page: Page) {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
}

test('files dropped anywhere on the window are imported, with a visible drop overlay', async ({ page }) => {
  await open(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dropped note from Jableh.\n\nA second paragraph.'], 'dropped-note.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeHidden();

  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#reader')).toContainText('Dropped note from Jableh.');
  await expect(page.getByTestId('provenance-file-name')).toHaveText('dropped-note.txt');
});

test('several files show progress, and refused files say why', async ({ page }) => {
  await open(page);
  await page.getByTestId('import-file-input').setInputFiles([
    textFile('first.txt', 'First report from Baniyas.'),
    textFile('second.md', '# Second report\n\nFrom Latakia.'),
    textFile('table.csv', 'a,b\n1,2'),
  ]);
  // One summary for the whole import; its report lists every file with its outcome and reason.
  await expect(page.getByText('Import finished: 2 imported, 1 refused.')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(2);
  // The last imported article is the selected one.
  await expect(page.locator('#reader')).toContainText('From Latakia.');
  await page.getByRole('button', { name: 'Show every file' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('row')).toHaveCount(4);
  await expect(report.getByRole('row', { name: /table\.csv/ })).toContainText(/Not imported.*“\.csv” files are not supported/);
  await expect(report.getByRole('row', { name: /second\.md/ })).toContainText('Imported');
});

test('of many refused files every reason is kept; progress sits in the status bar; notices never cover the reading text', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await open(page);
  await page.getByTestId('import-file-input').setInputFiles([textFile('keep.txt', 'A report kept from Jableh.\n\n'.repeat(40))]);
  await expect(page.locator('#reader')).toContainText('A report kept from Jableh.');
  const bad = ['a.csv', 'b.exe', 'c.zip', 'd.png', 'e.mp3', 'f.json'].map((n) => textFile(n, 'x'));
  const slow = Array.from({ length: 6 }, (_, i) => textFile(`bulletin-${i + 1}.txt`, `Bulletin ${i + 1}\n\n` + 'Raids near Baniyas. '.repeat(20_000)));
  await page.getByTestId('import-file-input').setInputFiles([...slow, ...bad]);
  // Progress in the status bar, readable in full, with its Cancel.
  const progress = page.getByRole('contentinfo').getByRole('status').filter({ hasText: /Importing \d+ of 12…/ });
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/bulletin-\d\.txt/);
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.getByText('Import finished: 6 imported, 6 refused.')).toBeVisible({ timeout: 30_000 });
  const notices = await page.getByRole('region', { name: 'Notifications' }).boundingBox();
  const text = await page.locator('#reader .reader-text').boundingBox();
  expect(notices && text && (notices.x + notices.width <= text.x || notices.y >= text.y + text.height)).toBe(true);
  await page.getByRole('button', { name: 'Show every file' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  for (const f of bad) await expect(report.getByRole('row', { name: new RegExp(f.name.replace('.', '\\.')) })).toContainText('Not imported');
  await expect(report.getByRole('row').filter({ hasText: 'Not imported' })).toHaveCount(6);
});

test('Cancel stops the import of a slow file while it is being read; nothing is imported', async ({ page }) => {
  await open(page);
  // A legal page that takes seconds to read (60,000 paragraphs, 7.8 MB), not a test hook.
  await page.getByTestId('import-file-input').setInputFiles([{ name: 'long-report.html', mimeType: 'text/html', buffer: makeLongHtml(60_000) }]);
  await expect(page.getByText('Importing…')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByText('The import of “long-report.html” was cancelled.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Importing…')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  // The next import works (the stopped worker was replaced).
  await page.getByTestId('import-file-input').setInputFiles([textFile('after.txt', 'A report imported after the cancelled one.')]);
  await expect(page.getByText('Imported “A report imported after the cancelled one.”.')).toBeVisible({ timeout: 20_000 });
});

test('a file whose article is in the trash offers to restore it', async ({ page }) => {
  await open(page);
  const file = textFile('coast.txt', 'Report from the coast, moved to the trash and back.');
  await page.getByTestId('import-file-input').setInputFiles([file]);
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.getByRole('option').first().click();
  await list.press('Delete');
  await page.getByRole('dialog', { name: /to the trash\?$/ }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  await page.getByTestId('import-file-input').setInputFiles([file]);
  await expect(page.getByText('“Report from the coast, moved to the trash and back.” is in the trash.')).toBeVisible();
  await expect(page.getByText(/coast\.txt is already in the trash as .*; nothing was imported\./)).toBeVisible();
  await page.getByRole('button', { name: 'Restore from the trash' }).click();
  await expect(page.getByText('Restored “Report from the coast, moved to the trash and back.” from the trash.')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.locator('#reader')).toContainText('Report from the coast, moved to the trash and back.');

  // Pasting the same text (the same bytes) says the same, and restores the same way.
  await list.getByRole('option').first().click();
  await list.press('Delete');
  await page.getByRole('dialog', { name: /to the trash\?$/ }).getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Text').fill('Report from the coast, moved to the trash and back.');
  await paste.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByText(/^The pasted text is already in the trash as/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore from the trash' }).click();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.locator('#reader')).toContainText('Report from the coast, moved to the trash and back.');
});

test('Cancel stops an import: the file being read and the ones after it', async ({ page }) => {
  await open(page);
  const line = 'Witnesses described house-to-house raids in the villages near Baniyas. '.repeat(40) + '\n\n';
  const files = Array.from({ length: 16 }, (_, i) => textFile(`bulletin-${i + 1}.txt`, `Bulletin ${i + 1}\n\n` + line.repeat(500)));
  await page.getByTestId('import-file-input').setInputFiles(files);
  await expect(page.getByText(/Importing \d+ of 16…/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const notice = page.getByText(/Import cancelled after \d+ of 16 files\./);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const done = Number(/after (\d+) of/.exec((await notice.textContent()) ?? '')?.[1]);
  expect(done).toBeGreaterThanOrEqual(0);
  expect(done).toBeLessThan(16);
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(done);
});
