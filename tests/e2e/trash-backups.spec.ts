import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';

// The trash and the backups in browser mode, against one fresh server for this file (the tests run
// in order and build on each other): an article goes to the trash with what it takes, comes back,
// goes for good; a backup is made, checked and restored. Nothing is asked of any host but 127.0.0.1.

const CASUALTY = /^Casualty tracker/;
const AL_SHARA = /^Al Shara tells Assad loyalists/;
const COMPOSITE = /^Composite eyewitness account/;
const MORE_THAN = /^More than 1,000 killed/;

test.describe.configure({ mode: 'serial' });

let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server?.stop();
});

function watch(page: Page) {
  offline.watch(page);
}

/** Opens the app with the library sorted by title, so the order is the same on every run. */
async function openApp(page: Page) {
  watch(page);
  await page.goto(server.url);
  await expect(articles(page).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: /^Title/ }).click();
  await expect(page.getByRole('button', { name: /^Title/ })).toHaveAttribute('aria-pressed', 'true');
}

test.afterEach(() => offline.expectOnlyLocal(server.origin));

const articles = (page: Page) => page.getByRole('listbox', { name: 'Articles' });
const article = (page: Page, title: RegExp) => articles(page).getByRole('option', { name: title });
const trashEntry = (page: Page) => page.locator('.trash-entry');
const trashTable = (page: Page) => page.getByRole('table', { name: 'Trash' });
const backupStatus = (page: Page) => page.getByTestId('backup-status');

async function runCommand(page: Page, label: string) {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill(label);
  await page.getByRole('option', { name: label, exact: true }).click();
}

async function deleteFromList(page: Page, title: RegExp) {
  await article(page, title).click();
  await articles(page).press('Delete');
  const dialog = page.getByRole('dialog', { name: /to the trash\?$/ });
  await expect(dialog).toContainText('You can restore it for 30 days.');
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(dialog).toBeHidden();
  await expect(article(page, title)).toHaveCount(0);
}

test('an article goes to the trash with its memo, comes back, and goes for good', async ({ page }) => {
  watch(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  await expect(articles(page).getByRole('option')).toHaveCount(5);
  await page.getByRole('button', { name: /^Title/ }).click();
  await expect(trashEntry(page)).toHaveAccessibleName('Trash, empty');

  // A memo on "Casualty tracker", so something goes with it.
  await article(page, CASUALTY).click();
  const inspector = page.locator('#inspector');
  await inspector.getByLabel('New memo on this article').fill('Compare with the monitor’s own page.');
  await inspector.getByRole('button', { name: 'Add memo' }).click();
  await expect(inspector.getByRole('list', { name: 'Memos on this article' })).toContainText('Compare with');

  // Delete in the list: the confirmation says exactly what goes with it.
  await articles(page).press('Delete');
  const dialog = page.getByRole('dialog', { name: /^Move “Casualty tracker.*” to the trash\?$/ });
  await expect(dialog).toHaveAccessibleDescription('1 memo and membership in 1 case go to the trash with it. You can restore it for 30 days.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(dialog).toBeHidden();

  // Gone from the library; the selection moved on to the next article; a notice offers Restore.
  await expect(article(page, CASUALTY)).toHaveCount(0);
  await expect(articles(page).getByRole('option')).toHaveCount(4);
  await expect(article(page, COMPOSITE)).toHaveAttribute('aria-selected', 'true');
  await expect(articles(page)).toBeFocused();
  await expect(page.getByRole('status').getByText(/Moved “Casualty tracker.*” to the trash\./)).toBeVisible();
  await expect(page.getByRole('status').getByRole('button', { name: 'Restore' })).toBeVisible();
  await expect(page.getByTestId('article-count')).toHaveText('4 articles');

  // The trash lists it, with the days it is kept.
  await expect(trashEntry(page)).toHaveAccessibleName('Trash, 1 item');
  await trashEntry(page).click();
  const row = trashTable(page).getByRole('row').filter({ hasText: 'Casualty tracker' });
  await expect(row).toContainText('Article');
  await expect(row).toContainText('30 days left');

  // Restore: back in the library, with its memo.
  await row.getByRole('button', { name: /^Restore article/ }).click();
  await expect(page.getByText('Nothing in the trash.', { exact: false })).toBeVisible();
  await expect(article(page, CASUALTY)).toBeVisible();
  await expect(trashEntry(page)).toHaveAccessibleName('Trash, empty');
  await page.getByRole('status').getByRole('button', { name: 'Open' }).click();
  await expect(article(page, CASUALTY)).toHaveAttribute('aria-selected', 'true');
  await expect(inspector.getByRole('list', { name: 'Memos on this article' })).toContainText('Compare with');

  // Again, from the inspector this time; then Empty trash names how many go for good.
  await inspector.getByRole('button', { name: 'Move to trash…' }).click();
  await page.getByRole('dialog', { name: /to the trash\?$/ }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(article(page, CASUALTY)).toHaveCount(0);
  await runCommand(page, 'Open trash');
  await expect(trashTable(page).getByRole('row').filter({ hasText: 'Casualty tracker' })).toBeVisible();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const empty = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(empty).toContainText('1 item will be permanently removed.');
  await empty.getByRole('button', { name: 'Remove 1 item for good' }).click();
  await expect(empty).toBeHidden();
  await expect(page.getByText('Nothing in the trash.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trash', exact: true })).toBeFocused();
  await expect(trashEntry(page)).toHaveAccessibleName('Trash, empty');
  await expect(article(page, CASUALTY)).toHaveCount(0);

  // Gone for good: a reload does not bring it back.
  await page.reload();
  await expect(articles(page).getByRole('option')).toHaveCount(4);
  await expect(article(page, CASUALTY)).toHaveCount(0);
});

test('a backup is made, checked, and restored: it brings back an article deleted since', async ({ page }) => {
  await openApp(page);
  // Browser mode made one as it started; the status bar says how long ago.
  await expect(backupStatus(page)).toHaveText(/^(Backed up (just now|\d+ min ago)|No backup yet)$/);

  // Back up now adds a row; the status bar says so.
  await backupStatus(page).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog.getByRole('button', { name: 'Back up now' })).toBeFocused();
  const rows = dialog.getByRole('table', { name: 'Backups, newest first' }).locator('tbody tr');
  await expect(dialog.getByText('No backups yet.', { exact: false }).or(rows.first())).toBeVisible();
  const before = await rows.count();
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('Made by you');
  await expect(backupStatus(page)).toHaveText('Backed up just now');

  // Check workspace: all fine, in plain words.
  await dialog.getByRole('button', { name: 'Check workspace' }).click();
  const report = dialog.getByRole('status', { name: 'Workspace check' });
  await expect(report).toContainText('All fine.');
  await expect(report).toContainText('Database file: Intact');
  await expect(report).toContainText('Links between records: Consistent');
  await expect(report).toContainText('Search index: Up to date');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // An article deleted after the backup, and emptied from the trash.
  await deleteFromList(page, AL_SHARA);
  await runCommand(page, 'Open trash');
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('dialog', { name: 'Empty the trash?' }).getByRole('button', { name: /for good$/ }).click();
  await expect(articles(page).getByRole('option')).toHaveCount(3);

  // Restore the backup: the confirmation says the current workspace is kept first.
  await runCommand(page, 'Backups…');
  await dialog.getByRole('button', { name: /^Restore the backup of/ }).first().click();
  const confirm = page.getByRole('dialog', { name: /^Restore the backup of .*\?$/ });
  await expect(confirm).toContainText('First, the workspace as it is now is kept aside as a backup');
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').getByText(/Restored the backup of /)).toBeVisible();

  // Everything reloads: the article is back, the count too; the pre-restore copy is listed.
  await expect(article(page, AL_SHARA)).toBeVisible();
  await expect(articles(page).getByRole('option')).toHaveCount(4);
  await expect(page.getByTestId('article-count')).toHaveText('4 articles');
  await expect(backupStatus(page)).toHaveText(/^Backed up /);
  await backupStatus(page).click();
  await expect(rows).toHaveCount(before + 2);
  await expect(rows.first()).toContainText('Before a restore');
  await dialog.getByRole('button', { name: 'Close' }).click();
});

/** Screenshots for review, 1440x900: the trash, the delete confirmation and the backups dialog. */
async function settle(page: Page) {
  for (const close of await page.getByRole('button', { name: 'Dismiss notification' }).all()) await close.click({ timeout: 2000 }).catch(() => undefined);
  await page.mouse.move(720, 880);
}

test('Restore in the notice brings an article back; a restore that conflicts says why in its row', async ({ page }) => {
  await openApp(page);
  await deleteFromList(page, MORE_THAN);
  await page.getByRole('status').getByRole('button', { name: 'Restore' }).click();
  await expect(article(page, MORE_THAN)).toHaveAttribute('aria-selected', 'true');

  // A code goes to the trash, and another of the same name is made since.
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  const tree = page.getByRole('tree', { name: 'Codes' });
  for (const step of ['delete', 'keep']) {
    await page.getByRole('button', { name: 'New code', exact: true }).click();
    const form = page.getByRole('form', { name: 'New code' });
    await form.getByLabel('Name').fill('Checkpoint');
    await form.getByRole('button', { name: 'Create code' }).click();
    await expect(tree.getByRole('treeitem', { name: /^Checkpoint/ })).toBeVisible();
    if (step === 'delete') {
      await tree.getByRole('treeitem', { name: /^Checkpoint/ }).click();
      await tree.press('Delete');
      await page.getByRole('dialog', { name: 'Delete “Checkpoint”?' }).getByRole('button', { name: 'Delete code' }).click();
      await expect(tree.getByRole('treeitem', { name: /^Checkpoint/ })).toHaveCount(0);
    }
  }
  await trashEntry(page).click();
  const row = trashTable(page).getByRole('row').filter({ hasText: 'Checkpoint' });
  await expect(row).toContainText('Code');
  await row.getByRole('button', { name: 'Restore code “Checkpoint”' }).click();
  await expect(row.getByRole('alert')).toHaveText(/same name exists; rename it first, then restore/);
  await expect(row.getByRole('button', { name: /^Restore/ })).toHaveAccessibleDescription(/same name exists/);

  // Two more articles in the trash, for the screenshots.
  await deleteFromList(page, COMPOSITE);
  await deleteFromList(page, /^موجز/);
  await expect(trashEntry(page)).toHaveAccessibleName('Trash, 3 items');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of the trash and the backups (${colorScheme})`, async ({ browser }) => {
    mkdirSync('test-results', { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await context.newPage();
    await openApp(page);
    await article(page, AL_SHARA).click();
    await trashEntry(page).click();
    await expect(trashTable(page).locator('tbody tr')).toHaveCount(3);
    await page.getByRole('button', { name: 'Restore code “Checkpoint”' }).click();
    await expect(trashTable(page).getByRole('alert')).toBeVisible();
    await settle(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `test-results/trash-view-${colorScheme}.png` });

    await articles(page).press('Delete');
    await expect(page.getByRole('dialog', { name: /to the trash\?$/ })).toContainText('You can restore it for 30 days.');
    await page.screenshot({ path: `test-results/trash-confirm-${colorScheme}.png` });
    await page.keyboard.press('Escape');

    await backupStatus(page).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Check workspace' }).click();
    await expect(dialog.getByRole('status', { name: 'Workspace check' })).toContainText('All fine.');
    await settle(page);
    await page.screenshot({ path: `test-results/backups-${colorScheme}.png` });
    await context.close();
  });
}
