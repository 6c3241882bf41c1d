// The fresh apps (apps/*, built outside the repository by scripts/apps.mjs), in Chromium: each
// served as its framework serves it in production.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';

export default defineConfig({
  testDir: 'tests/apps',
  reporter: 'list',
  workers: 1,
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: chromiumArgs },
  },
});
