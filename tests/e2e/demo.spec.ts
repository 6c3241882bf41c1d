import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe-playwright.js';
import { chunkOf, localeStrings, localeTags } from '../support/locale-files.mjs';

/** What has keyboard focus, looking inside shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { tag: active?.localName, id: active?.id, text: active?.textContent?.trim() };
  });
}

async function open(page: Page, locale?: string) {
  await page.goto(locale ? `./?locale=${locale}` : './');
  await expect(page.locator('dw-article h1')).toBeVisible();
}

const skipLabels = {
  en: ['Skip to content', 'Skip to main menu', 'Skip to more DW sites'],
  de: ['Zum Inhalt springen', 'Zur Hauptnavigation springen', 'Zu weiteren Angeboten der DW springen'],
};

for (const locale of ['en', 'de'] as const) {
  test(`axe finds nothing on the demo in ${locale}, nor with each skip link focused`, async ({ page }) => {
    await open(page, locale);
    expect(await axeViolations(page)).toEqual([]);
    for (const label of skipLabels[locale]) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe(label);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
}

for (const locale of localeTags.filter((locale) => locale !== 'en' && locale !== 'de')) {
  test(`axe finds nothing on the demo in ${locale}`, async ({ page }) => {
    await open(page, locale);
    await expect(page.locator('dw-article time')).toHaveAttribute('lang', locale);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const locale of ['en', 'ar']) {
  test(`axe finds nothing on the right-to-left test fixture in ${locale}`, async ({ page }) => {
    await page.goto(`./?src=articles/rtl-test-fixture.json&locale=${locale}`);
    await expect(page.locator('dw-article article[dir="rtl"] h1')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

const otherLocales = localeTags.filter((locale) => locale !== 'en');
const isLocaleChunk = (path: string) => otherLocales.some((locale) => chunkOf(locale).test(path));

test('the scripts the page loads up front hold English only; every other locale is a module of its own', async ({
  page,
}) => {
  const assets = new URL('../../dist/demo/assets/', import.meta.url);
  const files = readdirSync(assets);
  const loaded: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) loaded.push(await response.text());
  });
  await open(page);
  await page.waitForLoadState('networkidle');
  const upFront = loaded.join('\n');
  expect(upFront).toContain('Skip to content');
  expect(otherLocales).toHaveLength(30);
  for (const locale of otherLocales) {
    const skipToContent = localeStrings(locale).skipLinks.content;
    expect(upFront).not.toContain(skipToContent);
    const chunks = files.filter((file) => chunkOf(locale).test(file));
    expect(chunks, locale).toHaveLength(1);
    expect(readFileSync(new URL(chunks[0], assets), 'utf8')).toContain(skipToContent);
  }
});

test('a page that only needs English downloads no other locale; another is fetched on first use', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await open(page);
  await page.waitForLoadState('networkidle');
  const i18next = (path: string) => /\/i18next-[\w-]+\.js$/.test(path);
  expect(requests.filter((path) => isLocaleChunk(path) || i18next(path) || path.endsWith('.json'))).toEqual([]);
  await page.locator('dw-locale-switcher select').selectOption('fa');
  await expect(page.locator('dw-article time')).toHaveAttribute('lang', 'fa');
  expect(requests.filter(isLocaleChunk)).toEqual([expect.stringMatching(chunkOf('fa'))]);
  // i18next comes with the first locale but English.
  expect(requests.filter(i18next)).toHaveLength(1);
});

for (const theme of ['dark', 'sepia', 'light']) {
  test(`axe finds nothing in the ${theme} theme, with the reader settings open`, async ({ page }) => {
    await open(page);
    await page.locator('dw-article').evaluate((el, value) => el.setAttribute('theme', value), theme);
    await page.getByRole('button', { name: 'Reader settings' }).click();
    await expect(page.getByRole('radio', { name: 'Sepia' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe catches a broken article: the same checks fail on a deliberately broken page', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    document.querySelector('dw-article img')!.removeAttribute('alt');
    document.querySelector('dw-article .dw-caption')!.setAttribute('lang', 'xx-');
    (document.querySelector('dw-article time') as HTMLElement).style.color = '#d0d0d0';
  });
  const rules = (await axeViolations(page)).map((v) => v.split(':')[0]);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'valid-lang', 'color-contrast']));
});

test('a keyboard walk from the top: Tab, Tab, Tab, and Enter on each skip link', async ({ page }) => {
  const walks = [
    { tabs: 1, target: { tag: 'h1' }, next: 'https://p.dw.com/p/1Dycg' },
    { tabs: 2, target: { tag: 'nav', id: 'main-menu' }, next: 'Germany' },
    { tabs: 3, target: { tag: 'nav', id: 'more-dw-sites' }, next: 'DW in German' },
  ];
  for (const { tabs, target, next } of walks) {
    await open(page);
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(skipLabels.en[tabs - 1]);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject(target);
    if (target.tag === 'h1') {
      // Not hidden under the page's sticky header.
      const header = await page.locator('header.site-header').boundingBox();
      const heading = await page.locator('dw-article h1').boundingBox();
      expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    }
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(next);
  }
});

test('the reader switches to German with the keyboard; the page keeps it in its URL', async ({ page }) => {
  await open(page);
  const select = page.locator('dw-locale-switcher select');
  await select.focus();
  // The languages are in the order of their names: Deutsch is just above English.
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('dw-article time')).toHaveText('3. Dezember 2014');
  expect((await focused(page)).tag).toBe('select');
  await expect(page).toHaveURL(/\?locale=de$/);
  await expect(page.locator('dw-article .dw-caption')).toHaveAttribute('lang', 'de');
  expect(await page.locator('dw-article article').getAttribute('lang')).toBe('en');
});

test('among 31 languages the reader types the first letters of theirs, or goes to either end, with the list closed', async ({
  page,
}) => {
  await open(page);
  const time = page.locator('dw-article time');
  await page.locator('dw-locale-switcher select').focus();
  await page.keyboard.type('pol');
  await expect(page).toHaveURL(/\?locale=pl$/);
  await expect(time).toHaveText('3 grudnia 2014');
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\?locale=zh-Hant$/);
  await expect(time).toHaveText('2014年12月3日');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\?locale=bs$/);
  // Chromium ships no Bosnian month names: the date in digits alone (src/i18n/dates.ts).
  await expect(time).toHaveText('2014-12-03');
  expect((await focused(page)).tag).toBe('select');
  expect(await page.locator('dw-article article').getAttribute('lang')).toBe('en');
});

test("two articles inside the page's own main: no axe violations, each skip link to its own headline", async ({
  page,
}) => {
  await page.goto('./two-articles.html');
  await expect(page.locator('dw-article h2')).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);
  const names = await page
    .locator('dw-article')
    .evaluateAll((els) => els.map((el) => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')));
  expect(names).toEqual(['Skip links, article 1', 'Sprunglinks, Artikel 2']);
  for (const [index, label] of [
    [0, 'Skip to content'],
    [1, 'Zum Inhalt springen'],
  ] as const) {
    const article = page.locator('dw-article').nth(index);
    await article.getByRole('link', { name: label }).focus();
    await page.keyboard.press('Enter');
    const heading = await article.locator('h2').evaluate((h) => h.id);
    expect((await focused(page)).id).toBe(heading);
  }
});
