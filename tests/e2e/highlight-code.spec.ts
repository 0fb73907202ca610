import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';
import { selectPhrase } from './selection';

// The analyst's core loop in the real UI: import, read, select, code, write a memo; the highlight
// survives a reload; a code's key applies it; undo and redo; Arabic selections map to the right text.

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
const coastReport = resolve(fixtures, 'syria-coast-2025-03.txt');
const arabicBrief = resolve(fixtures, 'synthetic-arabic-brief.txt');

/** The sentence of the fixture that contains a phrase (sentences end with . before a space or line end). */
function sentenceWith(file: string, phrase: string): string {
  const text = readFileSync(file, 'utf8');
  const sentence = text.split(/(?<=\.)\s+/).find((s) => s.includes(phrase));
  if (!sentence) throw new Error(`no sentence with “${phrase}” in ${file}`);
  return sentence.trim();
}

let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server?.stop();
});

async function openApp(page: Page) {
  offline.watch(page);
  await page.goto(server.url);
}

function expectOnlyLocalRequests() {
  offline.expectOnlyLocal(server.origin);
}

async function importAndOpen(page: Page, file: string, firstWords: string) {
  await page.getByTestId('import-file-input').setInputFiles(file);
  await expect(page.locator('#reader .reader-text')).toContainText(firstWords);
}

test('select, code with the picker, write a memo; it survives a reload; keys, undo and redo', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, coastReport, 'Over 1,000 individuals have been killed');
  const sentence = sentenceWith(coastReport, '745 mostly Alawite civilians');
  expect(sentence).toMatch(/^According to .*civilians\.$/);

  // Select the sentence; the bar offers Code, Memo and Highlight. Code -> type "Alaw" -> Enter.
  await selectPhrase(page, sentence);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Code' }).click();
  const picker = page.getByRole('combobox', { name: 'Apply a code to the selected text' });
  await expect(picker).toBeFocused();
  await picker.fill('Alaw');
  await expect(page.getByRole('listbox', { name: 'Codes' }).getByRole('option').first()).toContainText('Alawite');
  await picker.press('Enter');

  const alawite = page.locator('#reader mark.hl[title^="Alawite"]');
  await expect(alawite).toHaveCount(1);
  await expect(alawite).toHaveText(sentence);
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeHidden();

  // The new highlight is open in the inspector: its exact text and code; write its memo.
  await expect(page.getByTestId('highlight-exact')).toHaveText(sentence);
  await expect(page.getByTestId('highlight-codes')).toContainText('Alawite');
  const memo = page.getByRole('textbox', { name: 'Memo', exact: true });
  await memo.fill('SOHR breakdown, 9 March');
  await memo.press('Control+Enter');
  await expect(page.getByText('Memo saved')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Memo: SOHR breakdown, 9 March' })).toBeVisible();

  // Reload, open the article again: the highlight is there with its code and memo.
  await page.reload();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await list.getByRole('option').first().click();
  await list.press('Enter');
  await expect(alawite).toHaveText(sentence);
  await expect(alawite).toHaveAttribute('title', /Alawite — Memo: SOHR breakdown, 9 March/);
  await alawite.click();
  await expect(page.getByTestId('highlight-exact')).toHaveText(sentence);
  await expect(page.getByTestId('highlight-codes')).toContainText('Alawite');
  await expect(page.getByRole('textbox', { name: 'Memo', exact: true })).toHaveValue('SOHR breakdown, 9 March');

  // A code's shortcut key: 2 applies "Killed for identity" to the selection at once.
  const quote = 'They’re going after us just because we’re Alawite';
  await selectPhrase(page, quote);
  await page.keyboard.press('2');
  const killed = page.locator('#reader mark.hl[title^="Killed for identity"]');
  await expect(killed).toHaveText(quote);
  await expect(page.getByTestId('highlight-codes')).toContainText('Killed for identity');

  // Undo removes that highlight (the toolbar names it), redo restores it.
  const undo = page.getByRole('button', { name: /^Undo: Highlight “They’re going after us/ });
  await expect(undo).toBeEnabled();
  await page.locator('#reader').focus();
  await page.keyboard.press('Control+z');
  await expect(killed).toHaveCount(0);
  await expect(alawite).toHaveCount(1);
  const redo = page.getByRole('button', { name: /^Redo: Highlight “They’re going after us/ });
  await expect(redo).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(killed).toHaveText(quote);
  await expect(page.getByRole('button', { name: /^Redo/ })).toBeDisabled();

  // The toolbar button undoes too.
  await page.getByRole('button', { name: /^Undo: Highlight “They’re going after us/ }).click();
  await expect(killed).toHaveCount(0);
  await page.getByRole('button', { name: /^Redo: Highlight/ }).click();
  await expect(killed).toHaveCount(1);

  // Delete goes to the trash, and the notice's Undo brings it back.
  await killed.click();
  await page.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(killed).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(killed).toHaveText(quote);

  // Codes on the article as a whole, with the same picker.
  await page.getByRole('button', { name: '← Article' }).click();
  await page.getByRole('button', { name: 'Add a code to this article' }).click();
  await page.getByRole('combobox', { name: 'Add a code to this article' }).fill('sunn');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-codes')).toContainText('Sunni');
  await page.getByRole('button', { name: 'Remove code Sunni' }).click();
  await expect(page.getByTestId('article-codes')).not.toContainText('Sunni');

  expectOnlyLocalRequests();
});

test('an Arabic selection becomes a highlight whose exact text is the selected phrase', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, arabicBrief, 'قُتل ما لا يقل عن');
  const paragraph = page.locator('#reader .reader-text p').first();
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');

  const phrase = 'هجوم على قرية في ريف حماة';
  await selectPhrase(page, phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();

  await expect(page.getByTestId('highlight-exact')).toHaveText(phrase);
  expect(await page.getByTestId('highlight-exact').textContent()).toBe(phrase);
  await expect(page.locator('#reader mark.hl')).toHaveText(phrase);

  // Across a line break: the exact text keeps the newline the reader does not draw.
  await selectPhrase(page, 'بجروح.وقال أحد السكان');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  await expect(page.locator('#reader mark.hl')).toHaveCount(3);
  expect(await page.getByTestId('highlight-exact').textContent()).toBe('بجروح.\nوقال أحد السكان');

  // Partly outside the text (from the heading into the text): clamped to the text.
  const opening = 'قُتل ما';
  await page.evaluate((length) => {
    const title = document.querySelector('#reader h1')!;
    const firstRun = document.querySelector('#reader .reader-text [data-o]')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(title, 0);
    range.setEnd(firstRun, length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    document.querySelector('#reader')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, opening.length);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  await expect(page.getByTestId('highlight-exact')).toHaveText(opening);

  // Positions are code points: a character outside the BMP (two UTF-16 units) before the phrase.
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Text').fill('شاهد 𝔸 قال: «دخلوا البيوت» ثم غادروا.\n\nWitness 😢 said: “they asked our sect” and left.');
  await paste.getByLabel(/^Title/).fill('Astral test');
  await paste.getByRole('button', { name: 'Import text' }).click();
  await expect(page.locator('#reader .reader-text')).toContainText('they asked our sect');
  for (const phrase of ['«دخلوا البيوت»', '“they asked our sect”']) {
    await selectPhrase(page, phrase);
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
    await expect(page.getByTestId('highlight-exact')).toHaveText(phrase);
    await expect(page.locator('#reader mark.hl-selected')).toHaveText(phrase);
  }

  expectOnlyLocalRequests();
});

test('correcting the text keeps, reviews and orphans highlights; confirm and re-attach resolve them', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, coastReport, 'Over 1,000 individuals have been killed');
  const kept = '745 mostly Alawite civilians';
  const edited = '125 members of the government’s security forces';
  const removed = 'The European Union expressed strong disapproval of the assaults';
  for (const [phrase, key] of [[kept, '1'], [edited, '7'], [removed, '3']]) {
    await selectPhrase(page, phrase);
    await page.keyboard.press(key);
    await expect(page.locator('#reader mark.hl', { hasText: phrase.slice(0, 12) }).first()).toBeVisible();
  }
  await expect(page.getByTestId('highlight-count')).toHaveText('3 highlights');
  await page.getByRole('button', { name: '← Article' }).click();
  await expect(page.getByText('The reading text changes only through a recorded correction')).toBeVisible();

  // Correct the text: one highlight's text edited, another's removed; a reason is required.
  await page.getByRole('button', { name: 'Correct text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the reading text' });
  const textarea = dialog.getByLabel('Reading text');
  const original = await textarea.inputValue();
  const sentence = sentenceWith(coastReport, removed);
  await textarea.fill(original.replace('125 members', '126 members').replace(sentence, 'The EU condemned the violence.'));
  await dialog.getByRole('button', { name: 'Correct text' }).click();
  await expect(dialog.getByText(/Reason is required/)).toBeVisible();
  await dialog.getByLabel('Reason for the correction').fill('Typo in the count; EU sentence replaced by the agency wording');
  await dialog.getByRole('button', { name: 'Correct text' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 highlight kept, 1 needs review, 1 orphaned');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('#reader')).toContainText('The EU condemned the violence.');

  // The re-anchored one is outlined dashed in the text; the orphan is only listed.
  await expect(page.locator('#reader mark.hl-review')).toHaveText('126 members of the government’s security forces');
  const review = page.getByRole('region', { name: /Needs review/ });
  await expect(review.getByRole('listitem')).toHaveCount(2);
  await expect(review.locator('del')).toHaveText(edited);
  await review.getByRole('button', { name: 'Confirm' }).click();
  await expect(review.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('#reader mark.hl-review')).toHaveCount(0);

  await expect(review).toContainText(removed);
  await selectPhrase(page, 'The EU condemned the violence');
  await review.getByRole('button', { name: /^Re-attach to “The EU condemned the violence/ }).click();
  await expect(review).toBeHidden();
  await expect(page.locator('#reader mark.hl[title^="Revenge or retaliation"]')).toHaveText('The EU condemned the violence');

  expectOnlyLocalRequests();
});

test('a correction of the text is undone and redone like any other action', async ({ page }) => {
  await openApp(page);
  await importAndOpen(page, coastReport, 'Over 1,000 individuals have been killed');
  const phrase = '125 members of the government’s security forces';
  await selectPhrase(page, phrase);
  await page.keyboard.press('7');
  await expect(page.locator('#reader mark.hl', { hasText: '125 members' })).toBeVisible();
  await page.getByRole('button', { name: '← Article' }).click();

  await page.getByRole('button', { name: 'Correct text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the reading text' });
  const textarea = dialog.getByLabel('Reading text');
  await textarea.fill((await textarea.inputValue()).replace('125 members', '126 members'));
  await dialog.getByLabel('Reason for the correction').fill('Typo in the count');
  await dialog.getByRole('button', { name: 'Correct text' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 needs review');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('#reader mark.hl-review')).toHaveText('126 members of the government’s security forces');

  await page.getByRole('button', { name: /^Undo: Correct the text of / }).click();
  await expect(page.locator('#reader mark.hl', { hasText: '125 members' })).toHaveText(phrase);
  await expect(page.locator('#reader mark.hl-review')).toHaveCount(0);
  await expect(page.locator('#reader')).not.toContainText('126 members');

  await page.getByRole('button', { name: /^Redo: Correct the text of / }).click();
  await expect(page.locator('#reader mark.hl-review')).toHaveText('126 members of the government’s security forces');
  expectOnlyLocalRequests();
});
