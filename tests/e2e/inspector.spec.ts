import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';

// The inspector in the real UI: one copy of each article section however many articles are opened
// in a row, and only the reader's article where it applies (other views show their own selection).

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
const files = ['syria-coast-2025-03.txt', 'coastal-brief.md', 'synthetic-monitor-bulletin.txt', 'synthetic-arabic-brief.txt', 'synthetic-news-page.html'].map((f) => resolve(fixtures, f));

let server: BrowserModeServer;
test.afterEach(async () => {
  await server?.stop();
});

async function importAll(page: Page) {
  await page.goto(server.url);
  await page.getByTestId('import-file-input').setInputFiles(files);
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(files.length);
}

test('opening several articles in a row keeps one copy of each inspector section', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await importAll(page);
  const inspector = page.locator('#inspector');
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < files.length; i++) {
      await options.nth(i).click();
      await expect(options.nth(i)).toHaveAttribute('aria-selected', 'true');
      for (const name of ['Figures and quotes', 'Metadata', 'Source grading']) {
        await expect(inspector.getByRole('heading', { name, exact: true })).toHaveCount(1);
      }
    }
  }
});

test('views with their own selection do not show the reader’s last article in the inspector', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await importAll(page);
  const inspector = page.locator('#inspector');
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
  await expect(inspector.getByRole('heading', { name: 'Metadata', exact: true })).toBeVisible();
  const views = page.getByRole('group', { name: 'Centre view' });
  for (const view of ['Codebook', 'Reports', 'Figures', 'Quotes']) {
    await views.getByRole('button', { name: view, exact: true }).click();
    await expect(inspector.getByRole('heading', { name: 'Metadata', exact: true })).toHaveCount(0);
    await expect(inspector).toContainText(`The ${view.toLowerCase()} view shows what you select in it`);
  }
  await views.getByRole('button', { name: 'Reader', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Metadata', exact: true })).toBeVisible();
});
