import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';

// Cases, memos, the codebook and the reports, in browser mode against one real server for this
// file (the tests run in order and build on each other). Throughout, the page asks nothing of any
// host but the local server; the codebook download is a blob: URL of that same origin.

const root = resolve(import.meta.dirname, '..', '..');
const taguette = resolve(root, 'tests/fixtures/qdc/taguette.qdc');
const CASE = 'Coastal killings, March 2025';

interface SeedCode {
  name: string;
  description: { definition: string };
}
const defaultCodebook = JSON.parse(readFileSync(resolve(root, 'resources/codebook/sectarian-dimensions.json'), 'utf8')) as { codes: SeedCode[] };
const alawiteDefinition = defaultCodebook.codes.find((c) => c.name === 'Alawite')!.description.definition;

test.describe.configure({ mode: 'serial' });

let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server?.stop();
});

async function openApp(page: Page) {
  offline.watch(page);
  await page.goto(server.url);
}

test.afterEach(() => offline.expectOnlyLocal(server.origin));

const cases = (page: Page) => page.getByRole('listbox', { name: 'Cases' });
const articles = (page: Page) => page.getByRole('listbox', { name: 'Articles' });

test('the demo case is listed with its articles; a new case gets an article from the inspector', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  await expect(articles(page).getByRole('option').nth(2)).toBeVisible();
  const total = await articles(page).getByRole('option').count();

  // The demo case, with its article count; choosing it filters the library.
  const demo = cases(page).getByRole('option', { name: new RegExp(CASE) });
  await expect(demo).toContainText(String(total));
  await expect(demo).toHaveAccessibleName(`${CASE}, ${total} articles`);
  await demo.click();
  await expect(demo).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Articles in case' })).toBeVisible();
  await expect(articles(page).getByRole('option')).toHaveCount(total);
  await expect(page.getByRole('region', { name: 'Case', exact: true }).getByText(/^From 6 March 2025/)).toBeVisible();

  // A new case starts empty and selected: the list says so.
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Title').fill('Test case');
  await dialog.getByLabel('Description').fill('Checkpoint executions on the coast road.');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog).toBeHidden();
  const testCase = cases(page).getByRole('option', { name: /^Test case/ });
  await expect(testCase).toHaveAttribute('aria-selected', 'true');
  await expect(testCase).toHaveAccessibleName('Test case, 0 articles');
  await expect(page.getByText('No articles in “Test case” yet.', { exact: false })).toBeVisible();

  // The same title again is refused next to the field.
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await dialog.getByLabel('Title').fill('test case');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog.locator('.field-error')).toHaveText('A case called “test case” already exists.');
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // "All articles" resets the filter; the inspector adds the selected article to the new case.
  await cases(page).getByRole('option', { name: /^All articles/ }).click();
  await expect(articles(page).getByRole('option')).toHaveCount(total);
  const first = articles(page).getByRole('option').first();
  await first.click();
  const casesSection = page.locator('#inspector').getByRole('region', { name: 'Cases', exact: true });
  await expect(casesSection.getByRole('list', { name: 'Cases this article is in' })).toContainText(CASE);
  await casesSection.getByLabel('Case to add this article to').selectOption({ label: 'Test case' });
  await casesSection.getByRole('button', { name: 'Add to case' }).click();
  await expect(casesSection.getByRole('list', { name: 'Cases this article is in' })).toContainText('Test case');
  await expect(testCase).toHaveAccessibleName('Test case, 1 article');

  // Keyboard: the cases list moves with the arrows and filters as it goes.
  await testCase.click();
  await expect(articles(page).getByRole('option')).toHaveCount(1);
  await cases(page).press('ArrowUp');
  await expect(demo).toHaveAttribute('aria-selected', 'true');
  await expect(articles(page).getByRole('option')).toHaveCount(total);
});

test('the codebook: read a definition, create a sub-code, refuse a duplicate, export and import', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  const tree = page.getByRole('tree', { name: 'Codes' });

  // The default "Sectarian dimensions" codebook: categories (level 1) and codes under them.
  for (const category of ['Identity of those targeted', 'Targeting pattern', 'Alleged perpetrator affiliation', 'Harm']) {
    await expect(tree.getByRole('treeitem', { name: new RegExp(`^${category}, category`) })).toHaveAttribute('aria-level', '1');
  }
  await tree.getByRole('treeitem', { name: /^Alawite/ }).click();
  const editor = page.getByRole('form', { name: 'Alawite' });
  await expect(editor.getByLabel('Definition')).toHaveValue(alawiteDefinition);
  await expect(editor.getByLabel('Shortcut key')).toHaveValue('1');

  // Keyboard: Down moves to the next code.
  await tree.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: /^Sunni/ })).toHaveAttribute('aria-selected', 'true');

  // A sub-code under "Targeting pattern", with a colour of our own.
  await tree.getByRole('treeitem', { name: /^Targeting pattern/ }).click();
  await page.getByRole('button', { name: 'New sub-code' }).first().click();
  let form = page.getByRole('form', { name: 'New sub-code of “Targeting pattern”' });
  await form.getByLabel('Name').fill('Checkpoint executions');
  await form.getByLabel('Colour', { exact: true }).fill('#8a2be2');
  await form.getByLabel('Definition').fill('Killings at checkpoints after an identity check.');
  await form.getByRole('button', { name: 'Create code' }).click();
  const created = tree.getByRole('treeitem', { name: /^Checkpoint executions/ });
  await expect(created).toHaveAttribute('aria-level', '2');
  await expect(created).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('form', { name: 'Checkpoint executions' }).getByLabel('Colour', { exact: true })).toHaveValue('#8a2be2');

  // The same name under the same parent: the conflict is said next to the name.
  await tree.getByRole('treeitem', { name: /^Targeting pattern/ }).click();
  await page.getByRole('button', { name: 'New sub-code' }).first().click();
  form = page.getByRole('form', { name: 'New sub-code of “Targeting pattern”' });
  await form.getByLabel('Name').fill('Checkpoint executions');
  await form.getByRole('button', { name: 'Create code' }).click();
  const name = form.getByLabel('Name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/A code named “Checkpoint executions” already exists under “Targeting pattern”/);
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Export .qdc: a REFI-QDA codebook with the new code.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .qdc' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('codebook.qdc');
  const qdc = readFileSync((await download.path())!, 'utf8');
  expect(qdc).toContain('urn:QDA-XML:codebook:1.0');
  expect(qdc).toContain('Checkpoint executions');

  // Import Taguette's codebook: the report says what was created.
  await page.getByTestId('codebook-import-input').setInputFiles(taguette);
  const report = page.getByRole('region', { name: 'Imported “taguette.qdc”' });
  await expect(report).toContainText('3 codes created, 0 codes updated; 1 problem:');
  await expect(report.getByRole('listitem')).toHaveText('3 codes had no colour and got one from the Fieldnotes palette.');
  await expect(tree.getByRole('treeitem', { name: /^displacement/ })).toBeVisible();
});

test('a memo on the case survives a reload; the reports show the code frequency', async ({ page }) => {
  await openApp(page);
  await cases(page).getByRole('option', { name: new RegExp(CASE) }).click();
  const caseSection = page.getByRole('region', { name: 'Case', exact: true });
  const memo = 'Compare the monitor’s count with the network’s list before citing either.';
  await caseSection.getByLabel('New memo on this case').fill(memo);
  await caseSection.getByRole('button', { name: 'Add memo' }).click();
  await expect(caseSection.getByRole('list', { name: 'Memos on this case' })).toContainText(memo);

  await page.reload();
  await cases(page).getByRole('option', { name: new RegExp(CASE) }).click();
  const memos = page.getByRole('region', { name: 'Case', exact: true }).getByRole('list', { name: 'Memos on this case' });
  await expect(memos).toContainText(memo);
  await expect(memos.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);

  // Reports: the frequency table for the case, sortable, numbers right-aligned.
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  await page.getByRole('tab', { name: 'Code frequency' }).click();
  await expect(page.getByLabel('Report on')).toHaveValue(/.+/);
  const table = page.getByRole('table', { name: `Code frequency in “${CASE}”` });
  await expect(table.getByRole('columnheader', { name: /Uses/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('rowheader', { name: 'Targeting pattern › Checkpoint executions' })).toBeVisible();
  await table.getByRole('button', { name: /^Code/ }).click();
  await expect(table.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(await table.locator('td.num').first().evaluate((td) => getComputedStyle(td).textAlign)).toBe('end');

  // The co-occurrence tab explains itself while nothing is coded.
  await page.getByRole('tab', { name: 'Co-occurrence' }).click();
  await expect(page.getByText(/No coded highlights in “Coastal killings, March 2025” yet/)).toBeVisible();
});

test('reorganise the codebook: move to the top level, merge with the uses combined, delete', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  const tree = page.getByRole('tree', { name: 'Codes' });

  // Move "Checkpoint executions" out of "Targeting pattern" to the top level.
  await tree.getByRole('treeitem', { name: /^Checkpoint executions/ }).click();
  await page.getByRole('button', { name: 'Move to…' }).click();
  const move = page.getByRole('dialog', { name: 'Move “Checkpoint executions”' });
  await move.getByLabel('Put it under').selectOption({ label: 'Top level (no parent)' });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();
  await expect(tree.getByRole('treeitem', { name: /^Checkpoint executions/ })).toHaveAttribute('aria-level', '1');

  // Merge the imported "checkpoint" into it: the dialog says the uses combine.
  await tree.getByRole('treeitem', { name: /^checkpoint,/ }).click();
  await page.getByRole('button', { name: 'Merge into…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge “checkpoint” into another code' });
  await merge.getByLabel('The code that stays').selectOption({ label: 'Checkpoint executions' });
  await expect(merge).toContainText('The uses combine: the 0 uses of “checkpoint” join the 0 uses of “Checkpoint executions”');
  await merge.getByRole('button', { name: 'Merge into “Checkpoint executions”' }).click();
  await expect(merge).toBeHidden();
  await expect(tree.getByRole('treeitem', { name: /^checkpoint,/ })).toHaveCount(0);
  await expect(tree.getByRole('treeitem', { name: /^Checkpoint executions/ })).toHaveAttribute('aria-selected', 'true');
  await expect(tree).toBeFocused();

  // Delete from the keyboard: the dialog says it is not used, and it goes with an Undo offered.
  await tree.press('Delete');
  const remove = page.getByRole('dialog', { name: 'Delete “Checkpoint executions”?' });
  await expect(remove).toContainText('It is not used anywhere.');
  await remove.getByRole('button', { name: 'Delete code' }).click();
  await expect(tree.getByRole('treeitem', { name: /^Checkpoint executions/ })).toHaveCount(0);
  await expect(page.getByText('Moved the code “Checkpoint executions” to the trash.')).toBeVisible();
});
