import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';
import { selectPhrase } from './selection';

// Evidence from a sample article in the real UI: the casualty figures of the coastal-Syria report
// recorded by selecting their wording (SOHR: 745 civilians, 125 security forces, 148 fighters, over
// 1,000 in total, all as of one date), two quotes with their speakers, the source grading, and the
// reconciliation: consistent while the total is "over 1,000", flagged once it is an exact 1,000.
// With UPDATE_SCREENSHOTS=1 the reconciliation is saved to docs/reconciliation.png (1440x900, light).

const coastReport = resolve(import.meta.dirname, '..', 'fixtures', 'syria-coast-2025-03.txt');
const CASE = 'Coastal Syria, March 2025';
const AS_OF = '2025-03-09';
const updateDocs = process.env.UPDATE_SCREENSHOTS === '1';

let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeEach(async () => {
  server = await startServer({ fixedDataDirName: 'fieldnotes-figures-workspace' });
});

test.afterEach(async () => {
  await server?.stop();
});

async function openApp(page: Page) {
  offline.watch(page);
  await page.goto(server.url);
}

interface FigureSeed {
  phrase: string;
  group: string;
  value: string;
  qualifier: string;
  identity?: string;
}

const figures: FigureSeed[] = [
  { phrase: '745 mostly Alawite civilians', group: 'civilians', value: '745', qualifier: 'exact', identity: 'Alawite' },
  { phrase: '125 members of the government’s security forces', group: 'security_forces', value: '125', qualifier: 'exact' },
  { phrase: '148 pro-Assad fighters', group: 'fighters', value: '148', qualifier: 'exact' },
  { phrase: 'over 1,000 people', group: 'total', value: '1,000', qualifier: 'over' },
];

/** Select the wording, choose Figure; the form comes pre-filled from it; SOHR reports it as of 9 March. */
async function recordFigure(page: Page, seed: FigureSeed, first: boolean) {
  await selectPhrase(page, seed.phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Figure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a figure' });
  await expect(dialog.getByLabel('Original wording')).toHaveValue(seed.phrase);
  await expect(dialog.getByLabel('Qualifier')).toHaveValue(seed.qualifier);
  await expect(dialog.getByLabel('Number', { exact: true })).toHaveValue(seed.value);
  await expect(dialog.getByLabel('Group counted')).toHaveValue(seed.group);
  const reporter = dialog.getByRole('combobox', { name: 'Reporter' });
  if (first) {
    // Nothing is saved without a reporter: the message sits next to its field. The date may stay
    // empty (an undated figure) when the source gives none.
    await dialog.getByRole('button', { name: 'Record figure' }).click();
    await expect(dialog.getByText('Choose who reported the figure')).toBeVisible();
    await expect(dialog.getByText('Leave it empty when the source gives none')).toBeVisible();
    await expect(reporter).toBeFocused();
    await reporter.fill('SOHR');
    await dialog.getByRole('option', { name: 'Add “SOHR” as a new organisation' }).click();
    await expect(reporter).toHaveValue('SOHR');
    await dialog.getByLabel('Reported date').fill(AS_OF);
    await dialog.getByLabel('As-of date').fill(AS_OF);
  } else {
    await expect(reporter).toHaveValue('SOHR');
    await expect(dialog.getByLabel('As-of date')).toHaveValue(AS_OF);
  }
  if (seed.identity) {
    await dialog.getByLabel('Identity (optional)').fill(seed.identity);
    await dialog.getByLabel('Identity known by').selectOption('reported_by_source');
  }
  await dialog.getByLabel('Counting method').selectOption('estimate');
  await dialog.getByRole('button', { name: 'Record figure' }).click();
  await expect(dialog).toBeHidden();
}

test('figures and quotes from a sample article; the reconciliation checks SOHR’s breakdown against its total', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await openApp(page);
  await page.getByTestId('import-file-input').setInputFiles(coastReport);
  await expect(page.locator('#reader .reader-text')).toContainText('Over 1,000 individuals have been killed');

  // A case, and the article in it (from the inspector).
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  const caseDialog = page.getByRole('dialog', { name: 'New case' });
  await caseDialog.getByLabel('Title').fill(CASE);
  await caseDialog.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('listbox', { name: 'Cases' }).getByRole('option', { name: /^All articles/ }).click();
  const casesSection = page.locator('#inspector').getByRole('region', { name: 'Cases', exact: true });
  await casesSection.getByLabel('Case to add this article to').selectOption({ label: CASE });
  await casesSection.getByRole('button', { name: 'Add to case' }).click();
  await expect(casesSection.getByRole('list', { name: 'Cases this article is in' })).toContainText(CASE);

  // Source grading of the article: reliability and credibility graded apart.
  const grading = page.locator('#inspector').getByRole('region', { name: /^Source grading/ });
  await grading.getByLabel('Reliability of the source').selectOption({ label: 'B – Usually reliable' });
  await grading.getByLabel('Credibility of the information').selectOption({ label: '2 – Probably true' });
  await grading.getByLabel('Connection to the information').selectOption('media_report');
  await grading.getByRole('button', { name: 'Save grading' }).click();
  await expect(grading.getByTestId('grading-grade')).toHaveText('B2');

  for (const [i, seed] of figures.entries()) await recordFigure(page, seed, i === 0);
  const recorded = page.locator('#inspector').getByRole('list', { name: 'Figures from this article' });
  await expect(recorded.getByRole('listitem')).toHaveCount(4);
  await expect(recorded).toContainText('over 1,000');

  // Two quotes: the words without their quote marks, the article's language, direct; speakers given.
  await selectPhrase(page, '“unforgivable mistake”');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote' }).click();
  let quote = page.getByRole('dialog', { name: 'Quote recorded: check and complete it' });
  await expect(quote.getByTestId('quote-exact')).toHaveText('unforgivable mistake');
  await expect(quote.getByLabel('Language')).toHaveValue('en');
  await expect(quote.getByRole('radio', { name: /^Direct/ })).toBeChecked();
  const speaker = quote.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('Ahmad al-Sharaa');
  await speaker.press('ArrowDown');
  await expect(quote.getByRole('option', { name: 'Add “Ahmad al-Sharaa” as a new person' })).toBeVisible();
  await speaker.press('Enter');
  await expect(speaker).toHaveValue('Ahmad al-Sharaa');
  await quote.getByLabel('Speaker role').fill('Interim president');
  await quote.getByLabel('Context').fill('Urging militias linked to the Assad regime to surrender.');
  await quote.getByRole('button', { name: 'Save quote' }).click();
  await expect(quote).toBeHidden();

  await selectPhrase(page, '“They’re going after us just because we’re Alawite,”');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote' }).click();
  quote = page.getByRole('dialog', { name: 'Quote recorded: check and complete it' });
  await expect(quote.getByTestId('quote-exact')).toHaveText('They’re going after us just because we’re Alawite');
  await quote.getByRole('radio', { name: 'Anonymous: a descriptor' }).check();
  await quote.getByRole('button', { name: 'Save quote' }).click();
  await expect(quote.getByText(/Describe the speaker/)).toBeVisible();
  await quote.getByLabel('Speaker descriptor').fill('an Alawite man from Damascus');
  await quote.getByLabel('Speaker role').fill('Resident');
  await quote.getByRole('button', { name: 'Save quote' }).click();
  await expect(quote).toBeHidden();

  await page.getByRole('group', { name: 'Centre view' }).getByRole('button', { name: 'Quotes' }).click();
  const quotes = page.getByRole('table', { name: 'Quotes' });
  await expect(quotes.getByRole('row')).toHaveCount(3);

  // A quote typed from an interview: its words and language are required, and given here.
  await page.getByRole('button', { name: 'New typed quote…' }).click();
  const typed = page.getByRole('dialog', { name: 'Record a typed quote' });
  await expect(typed.getByLabel('Quote', { exact: true })).toBeFocused();
  await typed.getByLabel('Quote', { exact: true }).fill('دخلوا البيوت وسألونا عن طائفتنا');
  await typed.getByRole('button', { name: 'Save quote' }).click();
  await expect(typed.getByText('Say which language the quote is in')).toBeVisible();
  await typed.getByLabel('Language').fill('ar');
  await typed.getByLabel('Translation').fill('They entered the houses and asked us about our sect.');
  await typed.getByRole('radio', { name: 'Anonymous: a descriptor' }).check();
  await typed.getByLabel('Speaker descriptor').fill('a woman from Baniyas');
  await typed.getByLabel('Quote', { exact: true }).press('Control+Enter');
  await expect(typed).toBeHidden();
  await expect(quotes.getByRole('row')).toHaveCount(4);
  await expect(quotes).toContainText('typed (interview)');
  await expect(quotes).toContainText('Ahmad al-Sharaa, Interim president');
  await expect(quotes).toContainText('an Alawite man from Damascus, Resident');
  await page.getByLabel('Speaker', { exact: true }).selectOption('an Alawite man from Damascus');
  await expect(quotes.getByRole('row')).toHaveCount(2);

  // The reconciliation of the case: SOHR's column, and no inconsistency (745 + 125 + 148 = 1,018 fits "over 1,000").
  await page.getByRole('group', { name: 'Centre view' }).getByRole('button', { name: 'Figures' }).click();
  await page.getByLabel('Scope', { exact: true }).selectOption({ label: `Case: ${CASE}` });
  const table = page.getByRole('table', { name: /Latest figure of each reporter/ });
  await expect(table.getByRole('columnheader', { name: 'SOHR' })).toBeVisible();
  const cell = (group: string) => table.getByRole('button', { name: new RegExp(`^SOHR, killed, ${group}: `) });
  await expect(cell('civilians')).toHaveAccessibleName('SOHR, killed, civilians: 745, as of 9 Mar 2025');
  await expect(cell('security forces')).toHaveAccessibleName('SOHR, killed, security forces: 125, as of 9 Mar 2025');
  await expect(cell('fighters')).toHaveAccessibleName('SOHR, killed, fighters: 148, as of 9 Mar 2025');
  await expect(cell('total')).toHaveAccessibleName('SOHR, killed, total: over 1,000, as of 9 Mar 2025');
  await expect(cell('total').locator('.recon-range')).toHaveText('over 1,000');
  await expect(page.getByTestId('consistency-flag')).toHaveCount(0);
  await expect(page.getByTestId('consistency-ok')).toContainText('No inconsistencies');
  await expect(page.locator('.consistency-passed')).toContainText('= 1,018, consistent with its total “over 1,000 people”');
  await expect(page.getByRole('img', { name: /Ranges per reporter/ })).toBeVisible();
  await expect(page.getByText(/^Sources: SOHR/)).toBeVisible();

  if (updateDocs) {
    mkdirSync('docs', { recursive: true });
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await page.mouse.move(720, 880);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('#inspector').getByRole('region', { name: 'Figures and quotes' }).evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: 'docs/reconciliation.png' });
  }

  // The total becomes an exact 1,000: now the breakdown exceeds it, and the flag says why.
  await cell('total').click();
  const timeline = page.getByRole('region', { name: 'SOHR: killed · total' });
  await timeline.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit figure' });
  await edit.getByLabel('Qualifier').selectOption('exact');
  await edit.getByLabel('Number', { exact: true }).fill('1,000');
  await edit.getByLabel('Original wording').fill('1,000 people');
  await edit.getByLabel('Original wording').press('Control+Enter');
  await expect(edit).toBeHidden();
  const flag = page.getByTestId('consistency-flag');
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText('Inconsistent');
  await expect(flag).toContainText('SOHR, killed as of 2025-03-09: civilians 745 + security forces 125 + fighters 148 = 1,018, more than its total');
  await expect(flag).toContainText('which allows at most 1,000');
  await expect(cell('total')).toHaveAccessibleName('SOHR, killed, total: 1,000, as of 9 Mar 2025, flagged');

  // The list of figures: all four, sortable; the reporter filter narrows it.
  await page.getByRole('tab', { name: 'All figures' }).click();
  const list = page.getByRole('table', { name: 'Figures' });
  await expect(list.getByRole('row')).toHaveCount(5);
  await list.getByRole('button', { name: 'Count', exact: true }).click();
  await expect(list.getByRole('row').nth(1)).toContainText('1,000');
  await expect(list.getByRole('row').nth(4)).toContainText('125');

  offline.expectOnlyLocal(server.origin);
  await context.close();
});
