import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';

// The researcher's first hour, in browser mode against a real server and an empty workspace:
// import a news page, read it, edit its metadata, paste an Arabic brief, load the demo case.
// Throughout, the page must never ask anything of any host but the local server.

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
const newsPage = resolve(fixtures, 'synthetic-news-page.html');
const arabicBrief = resolve(fixtures, 'synthetic-arabic-brief.txt');
const TITLE = 'Families search for the missing after raids on coastal villages';

test.beforeAll(() => {
  // The core engineer copies the shared samples into tests/fixtures; make sure ours is there.
  if (!existsSync(newsPage)) {
    mkdirSync(fixtures, { recursive: true });
    copyFileSync('/work/shared/samples/synthetic-news-page.html', newsPage);
  }
});

let server: BrowserModeServer;
const offline = new OfflineWatch();

async function openApp(page: Page) {
  offline.watch(page);
  await page.goto(server.url);
}

function expectOnlyLocalRequests() {
  offline.expectOnlyLocal(server.origin);
}

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server?.stop();
});

test('import a news page, read it, edit its metadata, paste Arabic text', async ({ page }) => {
  await openApp(page);

  // Empty workspace: the empty state explains what to do.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load the demo case' })).toBeVisible();
  await expect(page.getByText('Offline: no network access')).toBeVisible();

  // Import the page through the file chooser.
  await page.getByTestId('import-file-input').setInputFiles(newsPage);
  const list = page.getByRole('listbox', { name: 'Articles' });
  const row = list.getByRole('option', { name: new RegExp(TITLE) });
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row.locator('.library-row-title')).toHaveText(TITLE);

  // Open it: the article text, without the site's navigation and sidebars.
  await row.click();
  await list.press('Enter');
  const reader = page.locator('#reader');
  await expect(reader).toBeFocused();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(reader).toContainText('My brother went out to buy bread');
  await expect(reader).not.toContainText('Most read');
  await expect(reader).not.toContainText('Subscribe');

  // Provenance: the original's SHA-256 and file name.
  await expect(page.getByTestId('provenance-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('provenance-file-name')).toHaveText('synthetic-news-page.html');
  await expect(page.getByText('The reading text changes only through a recorded correction (with its reason)')).toBeVisible();

  // Importing the same bytes again adds nothing and names the article already there.
  await page.getByTestId('import-file-input').setInputFiles(newsPage);
  await expect(page.getByText(`Already in the library as “${TITLE}”.`)).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);

  // A bad value is refused next to its field; a good one is saved and survives a reload.
  const inspector = page.getByRole('form', { name: 'Metadata' });
  await inspector.getByLabel('Source URL').fill('not a url');
  await inspector.getByRole('button', { name: 'Save' }).click();
  await expect(inspector.locator('.field-error').first()).toContainText('Source URL');
  await inspector.getByLabel('Source URL').fill('');
  await inspector.getByLabel('Publisher').fill('Coastal Monitor Desk');
  await inspector.getByRole('button', { name: 'Save' }).click();
  await expect(inspector.getByText(/^Saved at/)).toBeVisible();
  await expect(row).toContainText('Coastal Monitor Desk');

  await page.reload();
  await list.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('form', { name: 'Metadata' }).getByLabel('Publisher')).toHaveValue('Coastal Monitor Desk');
  await expect(page.locator('#reader')).toContainText('My brother went out to buy bread');

  // Paste an Arabic brief: each paragraph takes its own direction (dir="auto" -> rtl).
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Text').fill(readFileSync(arabicBrief, 'utf8'));
  await dialog.getByLabel(/^Title/).fill('موجز: هجوم على قرية في ريف حماة');
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('option')).toHaveCount(2);
  const paragraph = page.locator('#reader .reader-text p').first();
  await expect(paragraph).toContainText('قُتل ما لا يقل عن');
  await expect(paragraph).toHaveAttribute('dir', 'auto');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  await expect(page.getByTestId('provenance-file-name')).toContainText('None (pasted text)');

  expectOnlyLocalRequests();
});

test('load the demo case from the empty state, move through it by keyboard', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').nth(2)).toBeVisible();
  const count = await list.getByRole('option').count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('article-count')).toHaveText(`${count} articles`);

  // Keyboard: Down selects the first row, End the last, Home the first again; Enter opens.
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('#reader')).toBeFocused();
  await expect(page.locator('#reader .reader-text p').first()).toBeVisible();

  // Filter: words narrow the list (debounced, asked of the server).
  await page.getByLabel('Filter the library').fill('zzzz-no-such-article');
  await expect(page.getByText(/No article matches/)).toBeVisible();
  await page.getByLabel('Filter the library').press('Escape');
  await expect(list.getByRole('option')).toHaveCount(count);

  // Command palette: Ctrl+K, type to filter, Enter runs.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('inspector');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('form', { name: 'Metadata' })).toBeHidden();

  expectOnlyLocalRequests();
});
