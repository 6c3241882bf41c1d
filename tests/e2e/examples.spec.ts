// The adoption examples, each in a browser as a reader would use it: plain HTML with the
// single-file bundle, and the React 19 and Vue 3 apps (built by vite.examples.config.ts from
// the package's own exports). Served from a made-up origin, mapped onto the repository.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe-playwright.js';

const origin = 'http://examples.test';
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

async function open(page: Page, path: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${origin}/**`, (route) => {
    let file = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    if (file.endsWith('/') || file === '') file += 'index.html';
    const served =
      /^(examples|dist\/bundle|dist\/examples)\//.test(file) && existsSync(file) && statSync(file).isFile();
    return served
      ? route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' })
      : route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${origin}/${path}`);
  await expect(page.locator('dw-article h1')).toHaveText('IS push could take years: Kerry');
  return errors;
}

test('plain HTML: one script, one tag; skip link, locale switch and events work', async ({ page }) => {
  const errors = await open(page, 'examples/plain-html/');
  await expect(page).toHaveTitle('IS push could take years: Kerry (default)');
  await page.keyboard.press('Tab');
  await expect(page.locator('dw-article').getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('dw-article h1')).toBeFocused();
  await page.locator('dw-locale-switcher select').selectOption('de');
  await expect(page.locator('dw-article time')).toHaveText('3. Dezember 2014');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

for (const [framework, path] of [
  ['React 19', 'dist/examples/react/'],
  ['Vue 3', 'dist/examples/vue/'],
]) {
  test(`${framework}: the article as a property, its events in the app's state, the app's locale back on the element`, async ({
    page,
  }) => {
    const errors = await open(page, path);
    const heard = page.locator('#heard li');
    await expect(heard).toHaveText(['dw-load: property']);
    await expect(page.locator('dw-article article')).toHaveCount(1);
    // The reader picks German in the element; the app hears it, keeps it, and passes it back.
    await page.locator('dw-locale-switcher select').selectOption('de');
    await expect(heard).toHaveText(['dw-load: property', 'dw-locale-change: de']);
    await expect(page.locator('#locale')).toHaveText('de');
    await expect(page.locator('dw-article')).toHaveAttribute('locale', 'de');
    await expect(page.locator('dw-article').getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached();
    await expect(page.locator('dw-article time')).toHaveText('3. Dezember 2014');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
