import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';
import { OfflineWatch } from './offline';

// The record registries in the real UI, against one fresh server for this file (the tests run in
// order and build on each other): actors with aliases in any script, "Find actor" and a merge;
// incidents and a case's timeline; witnesses whose identifying details stay hidden (from the list,
// the page and search) until asked for, consent per purpose and an account. Throughout, the page
// asks nothing of any host but the local server. Screenshots (light and dark) go to test-results/.

test.describe.configure({ mode: 'serial' });

const WITNESS_NAME = 'Test Witness Name';
const CASE = 'Coastal killings, March 2025';
let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test.afterEach(() => offline.expectOnlyLocal(server.origin));

async function openApp(page: Page) {
  offline.watch(page);
  await page.goto(server.url);
}

const openRecords = (page: Page, name: 'Actors' | 'Incidents' | 'Witnesses') =>
  page.getByRole('navigation', { name: 'Records' }).getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();

/** Light and dark screenshots of the calm working state (no notices, no hover, no focus ring). */
async function screenshots(page: Page, name: string) {
  for (const close of await page.getByRole('button', { name: 'Dismiss notification' }).all()) await close.click({ timeout: 2000 }).catch(() => undefined);
  await page.mouse.move(720, 880);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  mkdirSync('test-results', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(250); // let the buttons' colour transitions finish
    await page.screenshot({ path: `test-results/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function createActor(page: Page, name: string, type: string, aliases: string[]) {
  await page.getByRole('button', { name: 'New actor…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New actor' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Type').selectOption({ label: type });
  await dialog.getByLabel('Aliases').fill(aliases.join('\n'));
  await dialog.getByRole('button', { name: 'Create actor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

test('actors: aliases in any script, one person found by Latin and Arabic spellings, and a merge that says what moves', async ({ page }) => {
  await openApp(page);
  await openRecords(page, 'Actors');
  await expect(page.getByRole('heading', { name: 'Actors', exact: true })).toBeVisible();

  // A person with three other spellings; each alias shows the form it is matched as.
  await createActor(page, 'Ahmad al-Sharaa', 'Person', ['Ahmed al-Sharaa', 'al Shara', 'أحمد الشرع']);
  const aliases = page.getByRole('table', { name: /^Names of Ahmad al-Sharaa/ });
  await expect(aliases.getByRole('row')).toHaveCount(5);
  const matchedAs = [['Ahmad al-Sharaa', 'ahmad sharaa'], ['Ahmed al-Sharaa', 'ahmed sharaa'], ['al Shara', 'shara'], ['أحمد الشرع', 'احمد شرع']];
  for (const [alias, normal] of matchedAs) await expect(aliases.getByRole('row', { name: new RegExp(`^${alias}`) })).toContainText(normal);

  // A spelling that is already there, once normalised, is refused next to the field.
  await page.getByLabel('New alias').fill('AL-SHARA');
  await page.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.locator('#alias-new-error')).toContainText('like “al Shara”');
  await expect(page.getByLabel('New alias')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('New alias').fill('');

  // "Find actor": a Latin and an Arabic spelling find the same person, and say through which alias.
  const find = page.getByRole('searchbox', { name: 'Find actor' });
  const found = page.getByRole('list', { name: 'Actors found' });
  await find.fill('al shara');
  await expect(found.getByRole('button')).toHaveCount(1);
  await expect(found.getByRole('button')).toContainText('Ahmad al-Sharaa');
  await expect(found.getByRole('button')).toContainText('same name as the alias “al Shara”');
  await find.fill('الشرع');
  await expect(found.getByRole('button')).toHaveCount(1);
  await expect(found.getByRole('button')).toContainText('Ahmad al-Sharaa');
  await expect(found.getByRole('button')).toContainText('“أحمد الشرع”');
  await find.fill('');

  // SOHR, and a duplicate entry of it that is merged in: the dialog says what moves first.
  await createActor(page, 'SOHR', 'Organisation', ['Syrian Observatory for Human Rights']);
  await createActor(page, 'Syrian Observatory (SOHR)', 'Organisation', ['المرصد السوري لحقوق الإنسان']);
  const table = page.getByRole('table', { name: /^Actors/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Merge into…' }).click();
  const merge = page.getByRole('dialog', { name: /^Merge “Syrian Observatory \(SOHR\)”/ });
  await merge.getByLabel('The actor that stays').selectOption({ label: 'SOHR (Organisation)' });
  await expect(merge).toContainText('“Syrian Observatory (SOHR)” and its 1 alias become aliases of “SOHR”');
  await expect(merge).toContainText(/Figures reported: 0 figures then name “SOHR” as the reporter\.\s*Quotes spoken: 0 quotes then name “SOHR” as the speaker\./);
  await merge.getByRole('button', { name: 'Merge into “SOHR”' }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: 'SOHR' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  const sohrNames = page.getByRole('table', { name: /^Names of SOHR/ });
  for (const name of ['Syrian Observatory for Human Rights', 'Syrian Observatory (SOHR)', 'المرصد السوري لحقوق الإنسان']) await expect(sohrNames).toContainText(name);

  // The list sorts by alias count; Find actor opens the person again.
  await table.getByRole('button', { name: /^Aliases/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Aliases/ })).toHaveAttribute('aria-sort', 'descending');
  await find.fill('أحمد الشرع');
  await found.getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 3, name: 'Ahmad al-Sharaa' })).toBeVisible();
  await screenshots(page, 'actors');
});

test('incidents: a form with dates to the day or month and a place in two languages, and the case timeline', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  const caseDialog = page.getByRole('dialog', { name: 'New case' });
  await caseDialog.getByLabel('Title').fill(CASE);
  await caseDialog.getByRole('button', { name: 'Create case' }).click();
  await expect(caseDialog).toBeHidden();

  await openRecords(page, 'Incidents');
  await page.getByRole('button', { name: 'New incident…' }).click();
  let form = page.getByRole('form', { name: 'New incident' });
  // Nothing typed: the title's message appears under it.
  await form.getByRole('button', { name: 'Create incident' }).click();
  await expect(form.locator('#incident-title-error')).toContainText('Give the incident a title');
  await form.getByLabel('Title').fill('Killings in al-Mukhtariya');
  await form.getByLabel('Type').fill('Mass killing');
  await form.getByLabel('Start date').fill('2025-03-07');
  await form.getByLabel('Place (English)').fill('al-Mukhtariya');
  await form.getByLabel('Place (Arabic)').fill('المختارية');
  await form.getByLabel('Governorate (admin 1)').fill('Latakia');
  await form.getByLabel('Latitude').fill('35.5');
  await form.getByRole('button', { name: 'Create incident' }).click();
  await expect(form.locator('#incident-lon-error')).toHaveText('Give both coordinates, or neither.');
  await form.getByLabel('Longitude').fill('35.9');
  await form.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Killings in al-Mukhtariya' })).toBeVisible();

  // A second one, known only to the month.
  await page.getByRole('button', { name: 'New incident…' }).click();
  form = page.getByRole('form', { name: 'New incident' });
  await form.getByLabel('Title').fill('Raids on Baniyas neighbourhoods');
  await form.getByLabel('Start: known to the').selectOption('month');
  await form.getByLabel('Start date').fill('2025-03');
  await form.getByLabel('Place (English)').fill('Baniyas');
  await form.getByLabel('Status').selectOption('contested');
  await form.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Raids on Baniyas neighbourhoods' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Incidents/ });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Raids on Baniyas/ })).toContainText(/March 2025.*Contested/);

  // The timeline of the case: by date, the month-only incident first, each with its evidence counts.
  await page.getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('list', { name: `Timeline of ${CASE}` });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('March 2025');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText(/7 Mar 2025.*Killings in al-Mukhtariya.*0 figures0 quotes0 accounts/);
  await screenshots(page, 'incidents-timeline');
  await timeline.getByRole('button', { name: 'Killings in al-Mukhtariya' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Killings in al-Mukhtariya' })).toBeVisible();
  await expect(page.locator('.record-detail-header')).toContainText('al-Mukhtariya · المختارية');

  // An incident carries codes from the codebook like any record, and keeps them.
  const codes = page.getByTestId('incident-codes');
  await expect(codes).toContainText('No codes yet');
  await page.getByRole('button', { name: 'Add a code to this incident' }).click();
  const picker = page.getByRole('combobox', { name: 'Add a code to this incident' });
  await picker.fill('Killed for identity');
  await picker.press('Enter');
  await expect(codes.getByRole('listitem').filter({ hasText: 'Killed for identity' })).toBeVisible();
  await table.getByRole('button', { name: 'Raids on Baniyas neighbourhoods' }).click();
  await expect(page.getByTestId('incident-codes')).toContainText('No codes yet');
  await table.getByRole('button', { name: 'Killings in al-Mukhtariya' }).click();
  await expect(page.getByTestId('incident-codes').getByRole('listitem').filter({ hasText: 'Killed for identity' })).toBeVisible();
});

test('witnesses: known by code, identifying details hidden until asked for and never found by search, consent and an account', async ({ page }) => {
  await openApp(page);
  await openRecords(page, 'Witnesses');
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'New witness…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New witness' });
    await dialog.getByRole('button', { name: 'Register witness' }).click();
    await expect(dialog).toBeHidden();
  }
  const list = page.getByRole('table', { name: /^Witnesses, by code/ });
  await expect(list.getByRole('row')).toHaveCount(3);
  await list.getByRole('button', { name: 'W-0001' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'W-0001' })).toBeVisible();

  // Identifying details are recorded apart, behind a dialog that says so.
  await page.getByRole('button', { name: 'Record identifying details…' }).click();
  const identity = page.getByRole('dialog', { name: 'Identifying details of W-0001' });
  await identity.getByLabel('Name').fill(WITNESS_NAME);
  await identity.getByLabel('Contact').fill('+963 900 000 000');
  await identity.getByRole('button', { name: 'Save identifying details' }).click();
  await expect(identity).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Identifying details saved and hidden.' })).toBeVisible();

  // Not in the list, nor anywhere on the page (text, fields or title) until asked for.
  await expect(list).not.toContainText(WITNESS_NAME);
  await expect(page.locator('body')).not.toContainText(WITNESS_NAME);
  const inFields = (name: string) => document.title.includes(name) || [...document.querySelectorAll('input, textarea')].some((el) => (el as HTMLInputElement).value.includes(name));
  expect(await page.evaluate(inFields, WITNESS_NAME)).toBe(false);

  // The toolbar search finds nothing by the name.
  const search = page.getByRole('combobox', { name: /^Search articles/ });
  await search.fill(WITNESS_NAME);
  await expect(page.locator('.search-empty')).toContainText('Nothing matches');
  await search.fill('');
  await openRecords(page, 'Witnesses');

  // Shown only on request, under a warning; hidden again on leaving the witness.
  await expect(page.getByRole('heading', { level: 3, name: 'W-0001' })).toBeVisible();
  await page.getByRole('button', { name: 'Show identifying details' }).click();
  const shown = page.getByRole('region', { name: 'Identifying details of W-0001' });
  await expect(shown).toContainText(WITNESS_NAME);
  await expect(shown.getByRole('alert')).toContainText('Identifying details of W-0001 are on screen. This access is recorded.');
  await list.getByRole('button', { name: 'W-0002' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'W-0002' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(WITNESS_NAME);
  await list.getByRole('button', { name: 'W-0001' }).click();
  await expect(page.getByRole('button', { name: 'Show identifying details' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(WITNESS_NAME);
  expect(await page.evaluate(inFields, WITNESS_NAME)).toBe(false);

  // Consent to analyse only: every other purpose reads "Not consented", in words and with an icon.
  const grid = page.getByRole('table', { name: 'Consent of W-0001 per purpose' });
  await expect(grid.getByRole('row').filter({ hasText: 'Not consented' })).toHaveCount(6);
  await grid.getByRole('button', { name: 'Record consent to analyse…' }).click();
  const consent = page.getByRole('dialog', { name: /record consent to “Analyse”/ });
  await consent.getByLabel('Date given').fill('2025-03-12');
  await consent.getByLabel('Note').fill('Recorded verbally, with the interpreter present.');
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(consent).toBeHidden();
  await expect(grid.getByRole('row', { name: /^Analyse/ })).toContainText('Consentedgiven 12 Mar 2025');
  for (const purpose of ['Store', 'Share with the team', 'Publish anonymised', 'Publish named', 'Submit to a court or UN mechanism']) {
    await expect(grid.getByRole('row', { name: new RegExp(`^${purpose}`) })).toContainText('Not consentednever given');
  }
  await expect(page.locator('#consent-missing')).toContainText(
    'W-0001 has NOT consented to: Store, Share with the team, Publish anonymised, Publish named, Submit to a court or UN mechanism.',
  );
  await expect(list.getByRole('img', { name: 'Consented to 1 of 6 purposes: analyse' })).toBeVisible();

  // An account: messages next to the fields first, then saved, then linked to the incident.
  await page.getByRole('button', { name: 'New account…' }).click();
  const account = page.getByRole('form', { name: 'New account of W-0001' });
  await account.getByLabel('Language').fill('Arabic');
  await account.getByRole('button', { name: 'Add account' }).click();
  await expect(account.locator('#account-narrative-error')).toContainText('Write down the narrative');
  await expect(account.locator('#account-language-error')).toContainText('as a tag such as “ar”');
  await expect(account.getByLabel('Narrative')).toBeFocused();
  await account.getByLabel('Language').fill('ar');
  await account.getByLabel('Interview date').fill('2025-03-12');
  await account.getByLabel('Interviewer').fill('R. K.');
  await account.getByLabel('Location (coarse)').fill('Baniyas district');
  await account.getByLabel('Relation to the events').selectOption('survivor');
  await account.getByLabel('Narrative').fill('دخل المسلحون الحي عند الفجر وأخرجوا الرجال من البيوت.');
  await account.getByLabel('Translation').fill('The gunmen entered the neighbourhood at dawn and took the men out of the houses.');
  await account.getByLabel('Incident date').fill('2025-03-07');
  await account.getByRole('button', { name: 'Add account' }).click();
  const accounts = page.getByRole('table', { name: /^Accounts of this witness/ });
  await expect(accounts.getByRole('row')).toHaveCount(2);
  await expect(accounts).toContainText('12 Mar 2025');
  await expect(page.getByLabel('Narrative')).toHaveAttribute('dir', 'auto');
  await expect(page.getByLabel('Translation')).toHaveAttribute('dir', 'auto');
  await page.getByLabel('Relation', { exact: true }).selectOption('corroborates');
  await page.getByLabel('Type of record').selectOption('incident');
  await page.getByLabel('Linked record').selectOption({ label: 'Killings in al-Mukhtariya (7 Mar 2025)' });
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByRole('list', { name: 'Links' })).toContainText('This account corroborates Incident Killings in al-Mukhtariya (7 Mar 2025)');

  // Back at the top, details hidden: the screenshots never show the name.
  await page.locator('.record-detail-panel').evaluate((el) => el.scrollTo(0, 0));
  await expect(page.locator('body')).not.toContainText(WITNESS_NAME);
  await screenshots(page, 'witness');
  await page.locator('.record-detail-panel').evaluate((el) => el.scrollTo(0, 560));
  await screenshots(page, 'witness-consent');
});

test('the incident lists the account linked to it, and the timeline counts it', async ({ page }) => {
  await openApp(page);
  await openRecords(page, 'Incidents');
  await page.getByRole('table', { name: /^Incidents/ }).getByRole('button', { name: /Killings in al-Mukhtariya/ }).click();
  await expect(page.getByText('Evidence: 0 figures · 0 quotes · 1 account')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Links' })).toContainText('Account W-0001, interviewed 12 Mar 2025 corroborates this incident');
  // A fresh page has no case chosen: the timeline asks for one.
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByText('A timeline shows the incidents of one case.')).toBeVisible();
  await page.getByRole('button', { name: CASE }).click();
  await expect(page.getByRole('list', { name: `Timeline of ${CASE}` }).getByRole('listitem').nth(1)).toContainText('0 figures0 quotes1 account');
});

test('an incident goes to the trash after a dialog that says what goes and what stays', async ({ page }) => {
  await openApp(page);
  await openRecords(page, 'Incidents');
  await page.getByRole('table', { name: /^Incidents/ }).getByRole('button', { name: /Killings in al-Mukhtariya/ }).click();
  await page.getByRole('button', { name: 'Move to trash…' }).click();
  const dialog = page.getByRole('dialog', { name: /Killings in al-Mukhtariya.*to the trash/ });
  await expect(dialog).toContainText('Stays: the figures, quotes and accounts about it, and its case.');
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: /^Incidents/ }).getByRole('button', { name: /Killings in al-Mukhtariya/ })).toHaveCount(0);
});

/** Every file of the workspace folder (database, -wal, -shm, backups/), read whole, that holds one of the strings (UTF-8 or UTF-16). */
function filesHolding(dir: string, strings: string[]): string[] {
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
  const needles = strings.flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
  return files(dir).filter((path) => needles.some((needle) => readFileSync(path).includes(needle)));
}

test('a witness goes to the trash with their account and comes back; their details are erased from the workspace and every backup', async ({ page }) => {
  await openApp(page);
  await openRecords(page, 'Witnesses');
  const list = page.getByRole('table', { name: /^Witnesses, by code/ });
  await list.getByRole('button', { name: 'W-0001' }).click();

  // The confirmation counts the accounts that go with the witness; the trash lists the witness alone.
  await page.getByRole('button', { name: 'Move witness to trash…' }).click();
  const remove = page.getByRole('dialog', { name: 'Move W-0001 to the trash?' });
  await expect(remove).toContainText('Goes to the trash: W-0001, with their 1 account, their consent and identifying details.');
  await expect(remove).toContainText('You can restore them with their accounts for 30 days, or undo this.');
  await remove.getByRole('button', { name: 'Move to trash' }).click();
  await expect(remove).toBeHidden();
  await expect(list.getByRole('button', { name: 'W-0001' })).toHaveCount(0);
  await page.locator('.trash-entry').click();
  const trash = page.getByRole('table', { name: 'Trash' });
  await expect(trash.getByRole('row').filter({ hasText: 'W-0001' })).toContainText('Witness');
  await expect(trash.getByRole('row').filter({ hasText: 'Account' })).toHaveCount(0);
  // Their details can be erased from the trash too (cancelled here: they are erased below).
  await trash.getByRole('button', { name: 'Erase the identifying details of W-0001' }).click();
  const eraseInTrash = page.getByRole('dialog', { name: 'Erase the identifying details of W-0001?' });
  await expect(eraseInTrash).toContainText('No backup holds these details.');
  await eraseInTrash.getByRole('button', { name: 'Cancel' }).click();
  await expect(eraseInTrash).toBeHidden();
  // Emptying the trash would erase them from the workspace only: the dialog says how to reach the backups too.
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const empty = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(empty).toContainText('Witnesses: the identifying details of W-0001 are erased from the workspace, but not from those backups.');
  await empty.getByRole('button', { name: 'Cancel' }).click();
  await expect(empty).toBeHidden();
  await trash.getByRole('button', { name: 'Restore witness “W-0001”' }).click();
  await expect(page.getByRole('status').getByText('1 account came back with them.')).toBeVisible();

  // A backup made now holds the details; the erase dialog says so and offers to erase them from it.
  await page.getByTestId('backup-status').click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-status')).toHaveText('Backed up just now');
  await backups.getByRole('button', { name: 'Close' }).click();
  expect(filesHolding(server.dataDir, [WITNESS_NAME, '+963 900 000 000']).length).toBeGreaterThan(0);

  await openRecords(page, 'Witnesses');
  await list.getByRole('button', { name: 'W-0001' }).click();
  await page.getByRole('button', { name: 'Erase…' }).click();
  const erase = page.getByRole('dialog', { name: 'Erase the identifying details of W-0001?' });
  await expect(erase).toContainText('1 backup made before now still holds these details: restoring it would bring them back.');
  const fromBackups = erase.getByRole('checkbox', { name: /^Also erase them from that backup/ });
  await expect(fromBackups).toBeChecked();
  await expect(erase.getByRole('button', { name: 'Erase for good' })).toBeDisabled();
  await erase.getByRole('checkbox', { name: 'I understand this cannot be undone.' }).check();
  await erase.getByRole('button', { name: 'Erase for good' }).click();
  await expect(erase).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Identifying details erased, and from 1 backup.' })).toBeVisible();
  await expect(page.getByText('No name, contact or exact place is recorded for W-0001.')).toBeVisible();
  expect(filesHolding(server.dataDir, [WITNESS_NAME, '+963 900 000 000'])).toEqual([]);
});
