import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';

// Loads the demo case, opens an article and saves docs/screenshot.png (1440x900) for the README.
// A dark-theme copy goes to test-results/ for review; it is not part of the docs.
// The workspace folder has a fixed name so the image is the same from run to run.

let server: BrowserModeServer;

test.beforeEach(async () => {
  server = await startServer({ fixedDataDirName: 'fieldnotes-demo-workspace' });
});

test.afterEach(async () => {
  await server?.stop();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot of the demo case (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(server.url);

    await page.getByRole('button', { name: 'Load the demo case' }).click();
    const list = page.getByRole('listbox', { name: 'Articles' });
    await expect(list.getByRole('option').nth(2)).toBeVisible();

    // Sort by title (a stable order from run to run) and open one article.
    await page.getByRole('button', { name: /^Title/ }).click();
    await expect(page.getByRole('button', { name: /^Title/ })).toHaveAttribute('aria-pressed', 'true');
    await list.getByRole('option', { name: /Al Shara tells Assad loyalists/ }).click();
    await list.press('Enter');
    await expect(page.locator('.reader-text p').first()).toBeVisible();
    await expect(page.getByTestId('provenance-sha256')).toHaveText(/^[0-9a-f]{64}$/);

    // Let the "loaded" notice leave so the screenshot shows the calm working state.
    await page.getByRole('button', { name: 'Dismiss notification' }).click({ timeout: 2000 }).catch(() => undefined);
    await page.mouse.move(720, 880);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const path = colorScheme === 'light' ? 'docs/screenshot.png' : 'test-results/screenshot-dark.png';
    mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    await page.screenshot({ path });
    await context.close();
  });
}
