// The fresh apps as their readers meet them, in Chromium: built by their own frameworks from the
// packed tarball (scripts/apps.mjs), served as in production. Each: no errors, no hydration
// warnings, the article the app passed, the skip links from the keyboard, a locale switch, axe 0,
// and, where the page is rendered before it reaches the browser, the same without JavaScript.
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe-playwright.js';
import { appsDir, focusedElement, nextStart, problems, serveStatic, strictCsp } from './serve.js';

const headline = 'Test fixture: every kind of block and run in one article';
const caption = 'Bildunterschrift des Testartikels';

/** The language a text resolves to on the page (its nearest `lang`, across shadow roots). */
function langOf(page: Page, text: string): Promise<string | undefined> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (!walker.currentNode.textContent!.includes(text)) continue;
      return walker.currentNode.parentElement!.closest('[lang]')?.getAttribute('lang') ?? undefined;
    }
    return undefined;
  }, text);
}

/** The article the app passed, in its own languages, and "Skip to content" from the keyboard. */
async function checkArticle(page: Page, skipText: string) {
  await expect(page.locator('dw-article h1')).toHaveText(headline);
  expect(await langOf(page, headline)).toBe('en');
  expect(await langOf(page, caption)).toBe('de');
  await page.keyboard.press('Tab');
  expect(await focusedElement(page)).toBe(`a "${skipText}"`);
  await page.keyboard.press('Enter');
  expect(await focusedElement(page)).toMatch(new RegExp(`^h1#dw-article-\\d+-headline "${headline.slice(0, 40)}"$`));
}

/** The reader's own locale switch, in the element's switcher. */
async function switchTo(page: Page, locale: string) {
  await page.locator('dw-locale-switcher select').selectOption(locale);
}

const skipLinkText = (page: Page, n = 0) => page.locator('dw-article nav.skip-links a').nth(n);

/** A page as the server sent it, without JavaScript. */
async function withoutJavaScript(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test.describe('Vite 8 (TypeScript, no configuration), under a strict CSP', () => {
  test('the article, skip links, a built-in and an added locale, each a file of its own, axe 0', async ({ page }) => {
    const server = await serveStatic(join(appsDir, 'vite/dist'), strictCsp);
    try {
      const seen = problems(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.origin}/`);
      // The app's own wording of one string, over the built-in English.
      await checkArticle(page, 'Skip to the article');
      await expect(page.locator('#heard')).toHaveText('dw-load: property;');
      expect(await axeViolations(page)).toEqual([]);
      await switchTo(page, 'de');
      await expect(skipLinkText(page)).toHaveText('Zum Inhalt springen');
      await switchTo(page, 'it');
      await expect(skipLinkText(page)).toHaveText('Vai al contenuto');
      expect(await langOf(page, headline), 'the article keeps its language').toBe('en');
      expect(requested.filter((path) => /\/assets\/(de|it)-[\w-]+\.js$/.test(path))).toHaveLength(2);
      expect(requested.filter((path) => path.startsWith('data:'))).toEqual([]);
      expect(seen).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

test.describe('Next.js 16 App Router (React 19), next build and next start', () => {
  let next: Awaited<ReturnType<typeof nextStart>>;
  test.beforeAll(async () => {
    next = await nextStart(join(appsDir, 'next'), Number(process.env.NEXT_APP_PORT ?? 4310));
  });
  test.afterAll(() => next?.close());

  test('a Server Component page: rendered into the HTML, hydrated without a warning, skip links, locale, axe 0', async ({
    page,
  }) => {
    const seen = problems(page);
    await page.goto(`${next.origin}/`);
    await checkArticle(page, 'Skip to content');
    // Hydrated (the element took over), not waiting for ever.
    await expect(page.locator('dw-article')).not.toHaveAttribute('defer-hydration');
    await expect(page.locator('dw-article article')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await switchTo(page, 'ar');
    await expect(skipLinkText(page)).toHaveText('تخطي إلى المحتوى');
    await expect(page.locator('dw-article nav.skip-links')).toHaveAttribute('dir', 'rtl');
    expect(await langOf(page, caption)).toBe('de');
    // "Skip to more DW sites" goes to the app's own footer.
    await page.goto(`${next.origin}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('a "Skip to more DW sites"');
    await page.keyboard.press('Enter');
    expect(await focusedElement(page)).toBe('nav#sites "Example sites The client page"');
    // A client-side navigation: the element rendered by React in the browser alone.
    await page.getByRole('link', { name: 'The client page' }).click();
    await expect(page).toHaveURL(/\/client$/);
    await expect(page.locator('dw-article h1')).toHaveText(headline);
    await expect(page.locator('dw-article article')).toHaveCount(1);
    await expect(page.locator('#heard li')).toHaveText(['dw-load: property']);
    expect(seen).toEqual([]);
  });

  test('renderArticle in a Server Component (its markup put into the page), taken over by dw-article/hydrate.js', async ({
    page,
    browser,
  }) => {
    const seen = problems(page);
    await page.goto(`${next.origin}/rendered`);
    await expect(page.locator('dw-article [data-dw-server]'), 'taken over: the stand-ins gave way').toHaveCount(0);
    await checkArticle(page, 'Zum Inhalt springen');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen).toEqual([]);
    const scriptless = await withoutJavaScript(browser, `${next.origin}/rendered`);
    await expect(scriptless.locator('dw-article h1')).toHaveText(headline);
    await expect(scriptless.locator('dw-article nav.skip-links a').first()).toHaveText('Zum Inhalt springen');
    await scriptless.context().close();
  });

  test('a client page: React hears each event once, its state and the switcher drive the locale', async ({ page }) => {
    const seen = problems(page);
    await page.goto(`${next.origin}/client`);
    await checkArticle(page, 'Skip to content');
    await expect(page.locator('#heard li')).toHaveText(['dw-load: property']);
    await page.getByRole('button', { name: 'App: German' }).click();
    await expect(skipLinkText(page)).toHaveText('Zum Inhalt springen');
    await switchTo(page, 'tr');
    await expect(page.locator('#locale')).toHaveText('tr');
    await expect(page.locator('#heard li')).toHaveText(['dw-load: property', 'dw-locale-change: tr']);
    await expect(skipLinkText(page)).toHaveText('İçeriğe git');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen).toEqual([]);
  });

  test('without JavaScript, both pages show the whole article and a skip link that works; as sent, axe 0', async ({
    browser,
  }) => {
    for (const path of ['/', '/client']) {
      const page = await withoutJavaScript(browser, `${next.origin}${path}`);
      await expect(page.locator('dw-article h1')).toHaveText(headline);
      await expect(page.locator('dw-article .dw-body p').first()).toBeVisible();
      await expect(page.locator('dw-article .dw-toolbar')).toBeHidden();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#dw-article-\d+-headline$/);
      await page.context().close();
    }
    // axe needs JavaScript itself: the page as the server sent it, with none of the app's scripts.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(`${next.origin}/`);
    await expect(page.locator('dw-article h1')).toHaveText(headline);
    await expect(page.locator('dw-article .dw-toolbar'), 'controls that would do nothing are not shown').toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

test.describe('Eleventy 3, rendered at build time with renderArticle', () => {
  test('skip links first, the site header and footer in the slots, its own strings and locale on the server and in the browser', async ({
    page,
    browser,
  }) => {
    const server = await serveStatic(join(appsDir, 'eleventy/_site'));
    const seen = problems(page);
    try {
      for (const [path, strings] of [
        ['/', ['Skip to content', 'Skip to main menu', 'Skip to more sites']],
        ['/it/', ['Vai al contenuto', 'Vai al menu principale', 'Vai agli altri siti']],
      ] as const) {
        const scriptless = await withoutJavaScript(browser, `${server.origin}${path}`);
        await expect(scriptless.locator('dw-article nav.skip-links a')).toHaveText([...strings]);
        await expect(scriptless.locator('dw-article h1')).toHaveText(headline);
        await scriptless.context().close();

        await page.goto(`${server.origin}${path}`);
        await expect(page.locator('dw-article .dw-toolbar dw-locale-switcher')).toBeAttached();
        await expect(page.locator('dw-article nav.skip-links a')).toHaveText([...strings]);
        await checkArticle(page, strings[0]);
        // After the skip links, the site's header: its menu is the next stop.
        await page.goto(`${server.origin}${path}`);
        for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
        expect(await focusedElement(page)).toBe('a "Home"');
        expect(await axeViolations(page)).toEqual([]);
        expect(seen).toEqual([]);
      }
      await switchTo(page, 'de');
      await expect(skipLinkText(page)).toHaveText('Zum Inhalt springen');
    } finally {
      await server.close();
    }
  });
});
