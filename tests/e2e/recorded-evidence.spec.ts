import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi } from './api';
import { phrasePoint, selectPhrase } from './selection';
import { startServer, type BrowserModeServer } from './server';

// Recorded figures and quotes leave a mark in the reader: a solid underline by kind, a card on
// hover, a click that opens the record; recording a second one over the same words asks first.

const coastReport = resolve(import.meta.dirname, '..', 'fixtures', 'syria-coast-2025-03.txt');

let server: BrowserModeServer;
test.afterEach(async () => {
  await server?.stop();
});

const marked = (page: Page) =>
  page.evaluate(() => ({ figure: CSS.highlights.get('fn-recorded-figure')?.size ?? 0, quote: CSS.highlights.get('fn-recorded-quote')?.size ?? 0 }));

test('recorded figures and quotes are marked in the text, open on click, and a second one over the same words asks first', async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await page.getByTestId('import-file-input').setInputFiles(coastReport);
  await expect(page.locator('#reader .reader-text')).toContainText('745 mostly Alawite civilians');
  await expect.poll(() => marked(page)).toEqual({ figure: 0, quote: 0 });

  // Accept the 745 figure and a quote (through the API, as the list does), then open the article again.
  const articleId = (await callApi(page, 'articles.list', {})).items[0].id;
  const sohr = await callApi(page, 'actors.create', { name: 'SOHR', type: 'organisation', aliases: [{ alias: 'Syrian Observatory for Human Rights' }] });
  const { suggestions } = await callApi(page, 'suggest.article', { articleId });
  const f745 = suggestions.find((s: { kind: string; value?: number }) => s.kind === 'figure' && s.value === 745);
  const quote = suggestions.find((s: { kind: string; text: string }) => s.kind === 'quote' && s.text.includes('unforgivable'));
  await callApi(page, 'suggest.accept', { articleId, keys: [f745.key, quote.key], reporterId: sohr.id });
  await page.reload();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
  await expect(page.locator('#reader .reader-text')).toContainText('745 mostly Alawite civilians');
  await expect.poll(() => marked(page)).toEqual({ figure: 1, quote: 1 });

  // Hovering says what is recorded; a click opens the figure.
  const at = await phrasePoint(page, '745 mostly');
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('recorded-card')).toContainText('Recorded figure: SOHR, 745 killed, civilians, undated');
  await page.mouse.click(at.x, at.y);
  const edit = page.getByRole('dialog', { name: 'Edit figure' });
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();

  // A second figure over the same words asks first: Cancel records nothing, "Record another" goes on.
  await selectPhrase(page, '745 mostly Alawite civilians');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Figure' }).click();
  const ask = page.getByRole('dialog', { name: 'Already recorded as a figure' });
  await expect(ask).toContainText('Recorded figure: SOHR, 745 killed, civilians, undated');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Record a figure' })).toHaveCount(0);
  await selectPhrase(page, '745 mostly Alawite civilians');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Figure' }).click();
  await ask.getByRole('button', { name: 'Record another figure' }).click();
  await expect(page.getByRole('dialog', { name: 'Record a figure' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Record a figure' }).getByRole('button', { name: 'Cancel' }).click();

  // The same for a quote.
  await selectPhrase(page, 'unforgivable mistake');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote' }).click();
  await expect(page.getByRole('dialog', { name: 'Already recorded as a quote' })).toContainText('Recorded quote:');
  await page.getByRole('dialog', { name: 'Already recorded as a quote' }).getByRole('button', { name: 'Cancel' }).click();
  expect((await callApi(page, 'quotes.list', { articleId })).quotes).toHaveLength(1);
  expect((await callApi(page, 'figures.list', { articleId })).figures).toHaveLength(1);
});
