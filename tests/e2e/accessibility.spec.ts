import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadDemoWithRecords } from './seedRecords';
import { runCommand } from './palette';
import { startServer, type BrowserModeServer } from './server';

// An axe-core scan (WCAG 2.2 A and AA, and the landmark and heading rules) of every main view, in
// the light and the dark theme: no violations.

const VIEWS = [
  { name: 'reader', command: 'Show reader' },
  { name: 'codebook', command: 'Open codebook' },
  { name: 'reports', command: 'Open reports' },
  { name: 'figures', command: 'Open figures reconciliation' },
  { name: 'quotes', command: 'Open quotes' },
  { name: 'search', command: 'Show search results' },
  { name: 'actors', command: 'Open actors' },
  { name: 'incidents', command: 'Open incidents' },
  { name: 'witnesses', command: 'Open witnesses' },
] as const;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STRUCTURE_RULES = ['landmark-unique', 'region', 'page-has-heading-one', 'aria-prohibited-attr'];

let server: BrowserModeServer;
test.afterEach(async () => {
  await server?.stop();
});

/** Violations as "rule: target (summary)" lines, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const wcag = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const structure = await new AxeBuilder({ page }).withRules(STRUCTURE_RULES).analyze();
  return [...wcag.violations, ...structure.violations].flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations in any main view (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(300_000);
    server = await startServer();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.goto(server.url);
    await loadDemoWithRecords(page);
    for (const close of await page.getByRole('button', { name: 'Dismiss notification' }).all()) await close.click().catch(() => undefined);
    const list = page.getByRole('listbox', { name: 'Articles' });
    await list.getByRole('option').first().click();
    await list.press('Enter');
    await expect(page.locator('#reader .reader-text')).toBeVisible();
    const found: string[] = [];
    for (const view of VIEWS) {
      if (view.name === 'search') await page.locator('.search-box-input').fill('Baniyas');
      await runCommand(page, view.command);
      await page.waitForTimeout(400);
      found.push(...(await violations(page)).map((v) => `${view.name}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
}
