// Screenshots of the built demo (run `npm run build` first): English and German, narrow and
// wide, plus a focused skip link. Written to screenshots/ (ignored by git) for review;
// docs/screenshot.png in the README is one of them.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { chromiumArgs, requireChromium } from './browser.mjs';

const server = await preview({ preview: { port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
mkdirSync('screenshots', { recursive: true });
try {
  for (const locale of ['en', 'de']) {
    for (const [name, width] of [['narrow', 320], ['wide', 1280]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${base}?locale=${locale}`);
      await page.locator('dw-article h1').waitFor();
      await page.screenshot({ path: `screenshots/${locale}-${name}.png`, fullPage: name === 'narrow' });
      if (name === 'wide') {
        await page.keyboard.press('Tab');
        await page.screenshot({ path: `screenshots/${locale}-skip-link-focused.png` });
      }
      await page.close();
    }
  }
  console.log('Screenshots written to screenshots/');
} finally {
  await browser.close();
  server.httpServer.close();
}
