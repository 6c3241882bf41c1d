// End-to-end tests: the built demo site, served by `vite preview`, in Chromium.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';

const port = Number(process.env.DEMO_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  reporter: 'list',
  workers: 2,
  // A ceiling, not a measure: several tests load four pages and run axe three times, and a
  // busy two-core machine can take half a minute over that.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `vite build -c demo/vite.config.ts && vite preview -c demo/vite.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
