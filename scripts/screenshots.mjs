// Screenshots of the built demo (run `npm run build` first): an interface in each script DW
// writes in and the right-to-left test fixture, narrow and wide, plus a focused skip link,
// and forced colours (which tests do not compare by pixel). Written to screenshots/ (ignored by git) for review;
// docs/screenshot.png in the README is one of them.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { chromiumArgs, requireChromium } from './browser.mjs';

const server = await preview({ configFile: 'demo/vite.config.ts', preview: { port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
mkdirSync('screenshots', { recursive: true });
try {
  const views = [
    // One locale of each script DW writes in: Latin, Greek, Cyrillic, Arabic (Naskh, and Urdu),
    // Devanagari, Bengali, Ethiopic, Han (Simplified and Traditional).
    ...['en', 'de', 'pl', 'el', 'uk', 'ar', 'fa', 'ur', 'hi', 'bn', 'am', 'zh', 'zh-Hant'].map((locale) => [
      locale,
      `?locale=${locale}`,
    ]),
    ['rtl-fixture-en', '?src=articles/rtl-test-fixture.json'],
    ['rtl-fixture-ar', '?src=articles/rtl-test-fixture.json&locale=ar'],
  ];
  for (const [locale, query] of views) {
    for (const [name, width] of [
      ['narrow', 320],
      ['wide', 1280],
    ]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${base}${query}`);
      await page.locator('dw-article h1').waitFor();
      await page.screenshot({ path: `screenshots/${locale}-${name}.png`, fullPage: name === 'narrow' });
      if (name === 'wide') {
        await page.keyboard.press('Tab');
        await page.screenshot({ path: `screenshots/${locale}-skip-link-focused.png` });
      }
      await page.close();
    }
  }
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    await page.goto(base);
    await page.locator('dw-article h1').waitFor();
    await page.keyboard.press('Tab');
    await page.screenshot({ path: `screenshots/forced-colors-${scheme}.png` });
    await page.close();
  }
  console.log('Screenshots written to screenshots/');
} finally {
  await browser.close();
  server.httpServer.close();
}
