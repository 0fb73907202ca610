import { expect, test } from '@playwright/test';
import { callApi } from './api';
import { startServer, type BrowserModeServer } from './server';

// Coding without a mouse: the skip link reaches the reader in one Tab, Shift+arrows select words
// and sentences, and a code's key codes the selection.

let server: BrowserModeServer;
test.afterEach(async () => {
  await server?.stop();
});

test('a passage is coded with the keyboard alone', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').nth(2)).toBeVisible();
  await list.getByRole('option', { name: /More than 1,000 killed/ }).click();
  await list.press('Enter');
  await expect(page.locator('#reader .reader-text p').first()).toBeVisible();
  for (const close of await page.getByRole('button', { name: 'Dismiss notification' }).all()) await close.click().catch(() => undefined);
  const before = (await callApi(page, 'highlights.list', { articleId: (await callApi(page, 'articles.list', {})).items.find((a: { title: string }) => a.title.startsWith('More than 1,000 killed')).id })).highlights.length;

  // From the top of the page, the first Tab is the skip link; Enter puts the focus in the reader.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the reader' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reader')).toBeFocused();

  // Shift+Right selects word by word from the first paragraph in view; the selection bar opens.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim().split(/\s+/)).toHaveLength(3);
  // Shift+Down extends it to the end of the sentence.
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim().endsWith('.'))).toBe(true);

  // A code's key codes it: the highlight is recorded.
  await page.keyboard.press('1');
  await expect.poll(async () => {
    const id = (await callApi(page, 'articles.list', {})).items.find((a: { title: string }) => a.title.startsWith('More than 1,000 killed')).id;
    return (await callApi(page, 'highlights.list', { articleId: id })).highlights.length;
  }).toBe(before + 1);
});
