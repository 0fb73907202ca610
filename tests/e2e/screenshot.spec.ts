import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';

// Screenshots for the README, 1440x900: the demo case open in the reader, and the reader with
// coded, overlapping highlights and the inspector showing one of them.
// They are written to docs/ only with UPDATE_SCREENSHOTS=1, so `npm test` never changes tracked
// files; otherwise (and for the dark-theme copies, which are for review) they go to test-results/.
// The workspace folder has a fixed name so the images are the same from run to run.

const updateDocs = process.env.UPDATE_SCREENSHOTS === '1';

function screenshotPath(name: string, colorScheme: 'light' | 'dark'): string {
  const path = updateDocs && colorScheme === 'light' ? `docs/${name}.png` : `test-results/${name}-${colorScheme}.png`;
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

let server: BrowserModeServer;

test.beforeEach(async () => {
  server = await startServer({ fixedDataDirName: 'fieldnotes-demo-workspace' });
});

test.afterEach(async () => {
  await server?.stop();
});

async function loadDemoAndOpen(page: Page, title: RegExp) {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').nth(2)).toBeVisible();
  // Sort by title (a stable order from run to run) and open one article.
  await page.getByRole('button', { name: /^Title/ }).click();
  await expect(page.getByRole('button', { name: /^Title/ })).toHaveAttribute('aria-pressed', 'true');
  await list.getByRole('option', { name: title }).click();
  await list.press('Enter');
  await expect(page.locator('.reader-text p').first()).toBeVisible();
  await expect(page.getByTestId('provenance-sha256')).toHaveText(/^[0-9a-f]{64}$/);
}

/** The calm working state: no notices, no hover, no focus ring. */
async function settle(page: Page) {
  for (const close of await page.getByRole('button', { name: 'Dismiss notification' }).all()) await close.click({ timeout: 2000 }).catch(() => undefined);
  await page.mouse.move(720, 880);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot of the demo case (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await context.newPage();
    await loadDemoAndOpen(page, /Al Shara tells Assad loyalists/);
    await settle(page);
    await page.screenshot({ path: screenshotPath('screenshot', colorScheme) });
    await context.close();
  });
}

/** Highlights to draw: a phrase of the article, its codes (by name) and an optional memo. */
const highlights: { phrase: string; codes: string[]; memo?: string }[] = [
  { phrase: 'The monitor counts 745 civilians killed, most of them Alawites.', codes: ['Alawite'], memo: 'SOHR breakdown, 9 March. Check against SNHR.' },
  { phrase: '745 civilians killed', codes: ['Extrajudicial killing'] },
  { phrase: 'Assad loyalists mounted a large attack on security checkpoints', codes: ['Former-regime loyalists'] },
  { phrase: 'a wave of killings that monitors describe as revenge attacks, many of them aimed at Alawite civilians', codes: ['Revenge or retaliation'] },
  { phrase: 'aimed at Alawite civilians with no part in the clashes', codes: ['Killed for identity', 'Alawite'] },
  { phrase: '“They’re going after us just because we’re Alawite,”', codes: ['Killed for identity'], memo: 'Identity named as the reason, in the victim’s words.' },
  { phrase: 'documented house raids and extrajudicial killings', codes: ['House raid', 'Extrajudicial killing'] },
];

/** Creates the highlights through the API the UI uses (same token, same origin). */
async function seedHighlights(page: Page, titleStart: string) {
  await page.evaluate(
    async ({ seeds, titleStart }) => {
      const token = sessionStorage.getItem('fieldnotes.token') ?? '';
      const call = async (method: string, input: unknown) => {
        const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fieldnotes-token': token }, body: JSON.stringify(input) });
        const body = await response.json();
        if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
        return body.value;
      };
      const { items } = await call('articles.list', {});
      const summary = items.find((a: { title: string }) => a.title.startsWith(titleStart));
      const article = await call('articles.get', { id: summary.id });
      const { codes } = await call('codes.list', {});
      const codeId = (name: string) => codes.find((c: { name: string }) => c.name === name).id;
      for (const seed of seeds) {
        const at = article.text.indexOf(seed.phrase);
        if (at === -1) throw new Error(`not in the article: ${seed.phrase}`);
        const start = [...article.text.slice(0, at)].length;
        const end = start + [...seed.phrase].length;
        await call('highlights.create', { articleId: article.id, start, end, codeIds: seed.codes.map(codeId), memo: seed.memo });
      }
    },
    { seeds: highlights, titleStart },
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot of coded, overlapping highlights (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await context.newPage();
    await loadDemoAndOpen(page, /Al Shara tells Assad loyalists/);
    await seedHighlights(page, 'More than 1,000 killed');
    await page.reload(); // as after a day's work: the toolbar offers to undo the last highlight
    await page.getByRole('button', { name: /^Title/ }).click();
    await expect(page.getByRole('button', { name: /^Title/ })).toHaveAttribute('aria-pressed', 'true');
    const list = page.getByRole('listbox', { name: 'Articles' });
    await list.getByRole('option', { name: /More than 1,000 killed/ }).click();
    await list.press('Enter');
    await expect(page.locator('#reader mark.hl-overlap').first()).toBeVisible();
    await expect(page.getByTestId('highlight-count')).toHaveText(`${highlights.length} highlights`);

    // Open the first highlight (click where no other highlight overlaps it).
    await page.locator('#reader mark.hl', { hasText: /^The monitor counts $/ }).click();
    await expect(page.getByTestId('highlight-exact')).toHaveText(highlights[0].phrase);
    await settle(page);
    await page.screenshot({ path: screenshotPath('reader-highlights', colorScheme) });
    await context.close();
  });
}
