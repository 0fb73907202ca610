import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';
import { callApi } from './api';

// Full-text search in the real UI, against one fresh server for this file (the tests run in order
// and build on each other): search as you type, Arabic with and without diacritics, phrases, a
// calm message for a bad query, filters, jumping to the match in the reader, saved searches, and
// screenshots of the Search view. Throughout, the page asks nothing of any host but the server.

test.describe.configure({ mode: 'serial' });

const updateDocs = process.env.UPDATE_SCREENSHOTS === '1';
let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeAll(async () => {
  // A fixed folder name (emptied first) so the status bar reads the same in every screenshot.
  server = await startServer({ fixedDataDirName: 'fieldnotes-search-workspace' });
});

test.afterAll(async () => {
  await server?.stop();
});

test.afterEach(() => offline.expectOnlyLocal(server.origin));

async function openApp(page: Page) {
  offline.watch(page);
  await page.goto(server.url);
  await expect(page.getByRole('combobox', { name: /^Search articles/ })).toBeVisible();
}

const box = (page: Page) => page.getByRole('combobox', { name: /^Search articles/ });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const group = (page: Page, name: string) => results(page).getByRole('group', { name: new RegExp(`^${name}\\b`) });
const articleTitles = async (page: Page) => (await group(page, 'Articles').getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).sort();

/** Clears the box and types as a person does, key by key. */
async function typeQuery(page: Page, query: string) {
  await box(page).fill('');
  await box(page).pressSequentially(query, { delay: 15 });
}

/** Waits until the results answer the words now in the box. */
async function settled(page: Page) {
  await expect(page.locator('.search-results-wrap:not(.is-stale), .search-empty').first()).toBeVisible();
}

test('search as you type: grouped results with marked words, Arabic either way, phrases and a calm message for a bad query', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').nth(4)).toBeVisible();

  // "/" reaches the box; results come as the word is typed, in the Search view.
  await page.locator('body').press('/');
  await expect(box(page)).toBeFocused();
  await box(page).pressSequentially('Alawite', { delay: 15 });
  await settled(page);
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.search-summary')).toContainText('Articles 4'); // Alawite and Alawites
  await expect(page.locator('.search-summary')).toContainText('Cases 1');
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(4);
  await expect(group(page, 'Cases').getByRole('option', { name: 'Case: Coastal killings, March 2025' })).toBeVisible();
  const marks = results(page).locator('mark.search-mark');
  expect(await marks.count()).toBeGreaterThanOrEqual(4);
  for (const text of await marks.allTextContents()) expect(text).toMatch(/^Alawite/i);
  await expect(box(page)).toBeFocused();
  // "Exact words only": the other forms of the word are left out.
  const exact = page.getByRole('checkbox', { name: 'Exact words only' });
  await exact.check();
  await expect(page.locator('.search-summary')).toContainText('Articles 3');
  await exact.uncheck();
  await expect(page.locator('.search-summary')).toContainText('Articles 4');

  // Arabic: the same article with and without diacritics; the snippet reads right to left. A
  // registered actor's other names are searched too, and the view says which.
  await callApi(page, 'actors.create', { name: 'Ahmad al-Sharaa', type: 'person', aliases: [{ alias: 'أحمد الشرع' }, { alias: 'الشرع' }] });
  await typeQuery(page, 'الشرع');
  await settled(page);
  const plain = await articleTitles(page);
  expect(plain).toContainEqual(expect.stringMatching(/^Article: موجز/));
  expect(plain.length).toBeGreaterThan(1); // the English articles writing al Shara
  await expect(page.locator('.search-also')).toHaveText('Also searched: Ahmad al-Sharaa, أحمد الشرع');
  await typeQuery(page, 'الشَّرع');
  await settled(page);
  expect(await articleTitles(page)).toEqual(plain);
  const snippet = group(page, 'Articles').getByRole('option', { name: /^Article: موجز/ }).locator('.search-snippet');
  await expect(snippet).toHaveAttribute('dir', 'auto');
  expect(await snippet.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(snippet.locator('mark')).toHaveText('أحمد الشرع'); // the whole alias, the longer match

  // An exact phrase; the same words in another order match nothing.
  await typeQuery(page, '"house raids"');
  await settled(page);
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(2);
  await expect(group(page, 'Articles').locator('mark').first()).toHaveText(/^house raids$/i);
  await typeQuery(page, '"raids house"');
  await expect(page.locator('.search-empty')).toContainText('Nothing matches');

  // An unbalanced quote: a helpful message just under the box, no toast, and typing goes on.
  await typeQuery(page, '"coastal');
  const problem = page.locator('#search-problem');
  await expect(problem).toHaveText(/is never closed/);
  await expect(box(page)).toHaveAttribute('aria-describedby', 'search-problem');
  await expect(page.locator('.notice-error, .notice-warning')).toHaveCount(0);
  await expect(box(page)).toBeFocused();
  await box(page).pressSequentially(' region"', { delay: 15 });
  await expect(box(page)).toHaveValue('"coastal region"');
  await expect(problem).toHaveCount(0);
  await settled(page);
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(3);

  // A query broken after a good one: the core's message under the box and in the view, and the
  // last good results stay on screen.
  await box(page).pressSequentially(' "', { delay: 15 });
  await expect(problem).toHaveText(/quote at the end of the search is never closed/);
  await expect(page.getByTestId('search-view-problem')).toContainText(/quote at the end of the search is never closed.*Still showing the results for “"coastal region"”/);
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(3);

  // A language filter narrows the results.
  await typeQuery(page, 'Latakia OR اللاذقية');
  await settled(page);
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(4);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.getByRole('button', { name: /^Filters/ })).toContainText('1');
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(1);
  await expect(group(page, 'Articles').getByRole('option')).toHaveAccessibleName(/^Article: موجز/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(4);
  await page.getByRole('button', { name: /^Filters/ }).click();
});

/** The reader's selection and whether it is inside the visible part of the reader. */
async function readerSelection(page: Page) {
  return page.evaluate(() => {
    const selection = window.getSelection();
    const reader = document.getElementById('reader');
    if (!selection || selection.rangeCount === 0 || !reader) return { text: '', visible: false };
    const at = selection.getRangeAt(0).getBoundingClientRect();
    const box = reader.getBoundingClientRect();
    return { text: selection.toString(), visible: reader.contains(selection.anchorNode) && at.top >= box.top && at.bottom <= box.bottom };
  });
}

test('opening a result jumps to the match: selected, in view and flashed; keyboard too', async ({ page }) => {
  await openApp(page);
  await page.locator('body').press('/');
  await typeQuery(page, 'ووثقت');
  await settled(page);
  await results(page).getByRole('option', { name: /^Article: موجز/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('موجز');
  // Typed without the shadda, found and selected with it.
  await expect.poll(async () => (await readerSelection(page)).text).toBe('ووثّقت');
  await expect(page.locator('#reader .search-flash-layer')).toHaveAttribute('data-text', 'ووثّقت');

  // Keyboard only: "/" back to the box, Enter opens the first result at the match, halfway down
  // its article and scrolled into view; Ctrl+F, Down and Enter open the second.
  await page.keyboard.press('/');
  await typeQuery(page, 'electricity');
  await settled(page);
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(1);
  await box(page).press('Enter');
  await expect(page.locator('#reader')).toBeFocused();
  await expect.poll(async () => readerSelection(page)).toEqual({ text: 'electricity', visible: true });
  await expect(page.locator('#reader .search-flash-layer')).toHaveAttribute('data-text', 'electricity');
  await expect(page.locator('#reader .search-flash')).toHaveCount(1);

  await page.keyboard.press('Control+f');
  await expect(box(page)).toBeFocused();
  await typeQuery(page, 'Alawite');
  await settled(page);
  await box(page).press('ArrowDown');
  const second = group(page, 'Articles').getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await box(page).press('Enter');
  await expect.poll(async () => readerSelection(page)).toEqual({ text: expect.stringMatching(/^Alawite/), visible: true });

  // A case result selects the case in the library.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await results(page).getByRole('option', { name: /^Case: / }).click();
  await expect(page.getByRole('listbox', { name: 'Cases' }).getByRole('option', { name: /^Coastal killings/ })).toHaveAttribute('aria-selected', 'true');
});

test('saved searches: save with filters, find it after a reload, run it, delete it', async ({ page }) => {
  await openApp(page);
  const sidebar = page.getByRole('region', { name: 'Saved searches' });
  await expect(sidebar).toContainText('None yet');
  await page.locator('body').press('/');
  await typeQuery(page, 'Alawite');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Cases' }).uncheck();
  await settled(page);
  await expect(group(page, 'Cases')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save search…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save search' });
  await expect(dialog).toContainText('all but cases');
  await dialog.getByLabel('Name').fill('Alawite victims, no cases');
  await dialog.getByRole('button', { name: 'Save search' }).click();
  await expect(dialog).toBeHidden();
  const saved = sidebar.getByRole('button', { name: 'Alawite victims, no cases', exact: true });
  await expect(saved).toHaveAttribute('aria-current', 'true');

  await page.reload();
  await expect(box(page)).toHaveValue('');
  await expect(saved).toBeVisible();
  await expect(saved).not.toHaveAttribute('aria-current', 'true');
  await saved.focus();
  await saved.press('Enter');
  await expect(box(page)).toHaveValue('Alawite');
  await settled(page);
  await expect(page.locator('.search-filter-words')).toContainText('all but cases');
  await expect(group(page, 'Articles').getByRole('option')).toHaveCount(4);
  await expect(group(page, 'Cases')).toHaveCount(0);
  await expect(saved).toHaveAttribute('aria-current', 'true');

  // Delete, from the keyboard, after saying what goes.
  await saved.press('Delete');
  const confirm = page.getByRole('dialog', { name: /Delete the saved search/ });
  await expect(confirm).toContainText('Only the saved search goes');
  await confirm.getByRole('button', { name: 'Delete saved search' }).click();
  await expect(saved).toHaveCount(0);
  await expect(sidebar).toContainText('None yet');
});

/** Highlights and a memo that mention Alawites, so the screenshot shows every kind of result. */
async function seedAnnotations(page: Page) {
  await page.evaluate(async () => {
    const token = sessionStorage.getItem('fieldnotes.token') ?? '';
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fieldnotes-token': token }, body: JSON.stringify(input) });
      const body = await response.json();
      if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
      return body.value;
    };
    const { items } = await call('articles.list', {});
    const summary = items.find((a: { title: string }) => a.title.startsWith('More than 1,000 killed'));
    const article = await call('articles.get', { id: summary.id });
    const { codes } = await call('codes.list', {});
    const alawite = codes.find((c: { name: string }) => c.name === 'Alawite').id;
    for (const phrase of ['The monitor counts 745 civilians killed, most of them Alawites.', 'aimed at Alawite civilians with no part in the clashes']) {
      const at = article.text.indexOf(phrase);
      const start = [...article.text.slice(0, at)].length;
      await call('highlights.create', { articleId: article.id, start, end: start + [...phrase].length, codeIds: [alawite] });
    }
    await call('memos.create', { targetType: 'article', targetId: article.id, text: 'Check the Alawite toll against the SNHR count of 9 March.' });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot of the Search view (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await context.newPage();
    await openApp(page);
    if (colorScheme === 'light') await seedAnnotations(page);
    await page.getByRole('button', { name: /^Title/ }).click(); // a stable library order from run to run
    await page.locator('body').press('/');
    await typeQuery(page, 'Alawite*');
    await settled(page);
    await expect(page.locator('.search-summary')).toContainText('Highlights 2');
    await page.mouse.move(720, 880);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const path = updateDocs && colorScheme === 'light' ? 'docs/search.png' : `test-results/search-${colorScheme}.png`;
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path });
    if (colorScheme === 'light') {
      // A highlight result opens its article with that highlight selected; a memo result, its article.
      await group(page, 'Highlights').getByRole('option').filter({ hasText: 'The monitor counts 745' }).click();
      await expect(page.getByTestId('highlight-exact')).toHaveText('The monitor counts 745 civilians killed, most of them Alawites.');
      await expect(page.locator('#reader mark.hl-selected').first()).toBeVisible();
      await page.keyboard.press('/');
      await box(page).press('Enter'); // back to the results
      await group(page, 'Memos').getByRole('option').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('More than 1,000 killed');
    }
    await context.close();
  });
}
