import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Browser-mode end-to-end tests. Each spec starts its own server (tests/e2e/server.ts) on
// 127.0.0.1 with a temporary workspace, so there is no webServer block here.
// Chromium: Debian's /usr/bin/chromium (or CHROMIUM_PATH); Playwright's own browser when neither exists.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: (process.env.PLAYWRIGHT_REPORTER as 'list' | 'line' | 'dot' | 'html' | undefined) ?? (process.env.CI ? 'line' : 'list'),
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
