// Finds the Chromium the tests drive: CHROME_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Shared by the test-runner and Playwright configs.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', playwrightChromium()];
  return candidates.find((path) => path && existsSync(path));
}

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const howToGetOne =
  'No Chromium found: set CHROME_PATH to a Chromium or Chrome binary, or install one (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium).';

/** Flags for a headless Chromium here: root needs --no-sandbox, and the network is closed. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser path, or an error that says how to get one. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(howToGetOne);
  return path;
}
