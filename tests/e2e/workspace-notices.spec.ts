import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { OfflineWatch } from './offline';
import { startServer, type BrowserModeServer } from './server';

// A restore killed by an older version left a 0-byte workspace.sqlite, the data set aside in
// backups/: the app brings it back at start and says so, in a notice and in the backups dialog.

const projectRoot = resolve(import.meta.dirname, '..', '..');
let server: BrowserModeServer;
const offline = new OfflineWatch();

test.beforeAll(async () => {
  server = await startServer({
    prepare(dataDir) {
      const r = spawnSync(process.execPath, ['bin/fieldnotes.mjs', '--data', dataDir, 'import', 'tests/fixtures/syria-coast-2025-03.txt'], { cwd: projectRoot, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      mkdirSync(join(dataDir, 'backups'), { recursive: true });
      renameSync(join(dataDir, 'workspace.sqlite'), join(dataDir, 'backups', 'workspace.before-restore-20250301T100000000Z.sqlite'));
      writeFileSync(join(dataDir, 'workspace.sqlite'), '');
    },
  });
});
test.afterAll(async () => {
  await server?.stop();
});
test.afterEach(() => offline.expectOnlyLocal(server.origin));

test('an interrupted restore is undone at start, and the app says so', async ({ page }) => {
  offline.watch(page);
  await page.goto(server.url);
  await expect(page.getByText('An interrupted restore was undone.').first()).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
  await page.getByTestId('backup-status').click();
  const notices = page.getByTestId('workspace-notices');
  await expect(notices).toContainText('workspace.before-restore-20250301T100000000Z.sqlite');
  await expect(notices).toContainText('brought back as it was before that restore');
});
