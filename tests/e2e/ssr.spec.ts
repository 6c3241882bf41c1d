// Server rendering: pages made by `dw-article render` (bin/dw-article.mjs, on the built
// package), loaded in Chromium with JavaScript off and on, compared with the element rendered
// in the browser from the same document. The pages are served from a made-up origin through
// Playwright's routing, beside the built bundles and the placeholder image.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe-playwright.js';

const origin = 'http://ssr.test';
const seed = 'src/document/seed-article.json';

/** The command's output, as a reader's server would produce it. */
function renderPage(...args: string[]): string {
  return execFileSync(process.execPath, ['bin/dw-article.mjs', 'render', seed, ...args], { encoding: 'utf8' });
}

const clientPage = (locale: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Client-rendered</title></head>
<body><dw-article locale="${locale}"><main></main></dw-article>
<script type="module">
  import '../bundle/dw-article.js';
  document.querySelector('dw-article').article = await (await fetch('/article.json')).json();
</script></body></html>`;

/**
 * Serves `pages` (path to HTML), the bundles, the seed document and the placeholder image.
 * `scriptGate`, when given, holds back the bundles until it resolves.
 */
async function serve(page: Page, pages: Record<string, string>, scriptGate?: Promise<void>) {
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = (name: string, contentType: string) => route.fulfill({ body: readFileSync(name), contentType });
    if (pages[path]) return route.fulfill({ body: pages[path], contentType: 'text/html' });
    if (path === '/article.json') return file(seed, 'application/json');
    if (path === '/assets/placeholder.svg') return file('src/assets/placeholder.svg', 'image/svg+xml');
    if (path.startsWith('/bundle/')) {
      await scriptGate;
      const type = path.endsWith('.js')
        ? 'text/javascript'
        : path.endsWith('.json')
          ? 'application/json'
          : 'image/svg+xml';
      return file(`dist${path}`, type);
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

/** What a reader is given: each passage with the language it resolves to, and the skip links with their targets. */
function readerView(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('dw-article')!;
    const article = host.querySelector('article')!;
    const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');
    const passages = [
      ...article.querySelectorAll(
        ':is(h1, h2, .dw-published, .dw-teaser, .dw-short-link a, img, .dw-figcaption > *, .dw-body p, .dw-credits)',
      ),
    ].map((element) => [
      element instanceof HTMLImageElement ? element.alt : element.textContent!.replace(/\s+/g, ' ').trim(),
      langOf(element),
    ]);
    const skipLinks = [...host.shadowRoot!.querySelectorAll('nav a')].map((link) => {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      return {
        name: link.textContent!.trim(),
        lang: langOf(link) ?? langOf(host.shadowRoot!.querySelector('nav')!),
        target: target?.textContent?.trim(),
      };
    });
    return { passages, skipLinks, pageLang: document.documentElement.lang };
  });
}

async function newPage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  return context.newPage();
}

for (const locale of ['en', 'de', 'ar']) {
  test(`the server-rendered page (${locale}) gives a reader what the client-rendered element gives, with and without JavaScript`, async ({
    browser,
  }) => {
    const server = renderPage('--locale', locale, '--script', '../bundle/dw-article-hydrate.js');
    const pages = { '/server/': server, '/client/': clientPage(locale) };

    const client = await newPage(browser, true);
    await serve(client, pages);
    await client.goto(`${origin}/client/`);
    await expect(client.locator('dw-article h1')).toBeVisible();
    const expected = await readerView(client);
    expect(await axeViolations(client)).toEqual([]);

    const withoutScript = await newPage(browser, false);
    await serve(withoutScript, pages);
    await withoutScript.goto(`${origin}/server/`);
    const noScriptView = await readerView(withoutScript);
    expect(noScriptView.passages).toEqual(expected.passages);
    expect(noScriptView.skipLinks).toEqual(expected.skipLinks);
    expect(noScriptView.skipLinks[0]?.target).toBe('IS push could take years: Kerry');
    // axe itself needs JavaScript: it checks the page as the server sent it, with no script of ours.
    const scriptless = await newPage(browser, true);
    await serve(scriptless, { '/scriptless/': renderPage('--locale', locale) });
    await scriptless.goto(`${origin}/scriptless/`);
    expect(await scriptless.evaluate(() => customElements.get('dw-article'))).toBeUndefined();
    // JavaScript on, but no script of ours: the controls would do nothing, so they are not shown.
    await expect(scriptless.locator('dw-article .dw-toolbar')).toBeHidden();
    await expect(scriptless.locator('dw-article .dw-copy-link')).toBeHidden();
    expect(await axeViolations(scriptless)).toEqual([]);
    // Controls that need JavaScript are not offered without it.
    await expect(withoutScript.locator('.dw-copy-link')).toBeHidden();
    // The skip link works without JavaScript too: the browser follows the fragment.
    await withoutScript.keyboard.press('Tab');
    await withoutScript.keyboard.press('Enter');
    await expect(withoutScript).toHaveURL(/#dw-article-1-headline$/);

    const hydrated = await newPage(browser, true);
    await serve(hydrated, pages);
    await hydrated.goto(`${origin}/server/`);
    await expect(hydrated.locator('dw-article .dw-toolbar dw-locale-switcher')).toBeAttached();
    const hydratedView = await readerView(hydrated);
    expect(hydratedView.passages).toEqual(expected.passages);
    expect(hydratedView.skipLinks).toEqual(expected.skipLinks);
    expect(await axeViolations(hydrated)).toEqual([]);
    await Promise.all([client, withoutScript, scriptless, hydrated].map((page) => page.context().close()));
  });
}

for (const [locale, width] of [
  ['de', 1280],
  ['de', 360],
  ['ar', 360],
] as const) {
  test(`hydration (${locale}, ${width} px wide) re-renders no content, moves nothing, keeps focus and logs no error`, async ({
    browser,
  }) => {
    const server = renderPage('--locale', locale, '--script', '../bundle/dw-article-hydrate.js');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await serve(page, { '/server/': server }, gate);
    await page.goto(`${origin}/server/`, { waitUntil: 'commit' });
    await expect(page.locator('dw-article h1')).toBeVisible();
    // The reader starts with the keyboard before the script has arrived.
    await page.keyboard.press('Tab');
    const link = page
      .locator('dw-article')
      .getByRole('link', { name: locale === 'de' ? 'Zum Inhalt springen' : 'تخطي إلى المحتوى' });
    await expect(link).toBeFocused();
    await link.evaluate((element) => ((element as unknown as { marked: boolean }).marked = true));
    await page.evaluate(
      () => ((window as unknown as { article: Element }).article = document.querySelector('dw-article article')!),
    );
    // Watched from before the script arrives: layout shifts, and any change inside the article.
    await page.evaluate(() => {
      const w = window as unknown as { shifts: number; contentMutations: string[] };
      w.shifts = 0;
      w.contentMutations = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.shifts += entry.value;
        }
      }).observe({ type: 'layout-shift' });
      new MutationObserver((records) => {
        for (const record of records)
          w.contentMutations.push(`${record.type} in ${(record.target as Element).localName ?? 'text'}`);
      }).observe(document.querySelector('dw-article article')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });

    release();
    await expect(page.locator('dw-article .dw-toolbar dw-locale-switcher')).toBeAttached();
    await page.evaluate(() => document.querySelector('dw-article')!.updateComplete);

    // The same skip link node still has focus: hydrated, not rendered again.
    await expect(link).toBeFocused();
    expect(await link.evaluate((element) => (element as unknown as { marked?: boolean }).marked)).toBe(true);
    const after = await page.evaluate(() => {
      const w = window as unknown as { shifts: number; contentMutations: string[]; article: Element };
      return {
        same: w.article === document.querySelector('dw-article article'),
        shifts: w.shifts,
        mutations: w.contentMutations,
      };
    });
    expect(after).toEqual({ same: true, shifts: 0, mutations: [] });
    expect(errors).toEqual([]);
    await page.context().close();
  });
}

test('the same axe checks fail on a server page that breaks the rules: a fragment alone has no main landmark', async ({
  browser,
}) => {
  const fragment = renderPage('--fragment');
  const page = await newPage(browser, true);
  await serve(page, { '/fragment/': `<!doctype html><html lang="en"><title>Fragment alone</title>${fragment}</html>` });
  await page.goto(`${origin}/fragment/`);
  await expect(page.locator('dw-article h1')).toBeVisible();
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('landmark-one-main'))).toBe(true);
  expect(violations.some((v) => v.startsWith('region'))).toBe(true);
  await page.context().close();
});

test('a server-rendered page that loads the plain bundle (no hydration support) is rendered again once, not twice', async ({
  browser,
}) => {
  const page = await newPage(browser, true);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await serve(page, { '/server/': renderPage('--script', '../bundle/dw-article.js') });
  await page.goto(`${origin}/server/`);
  await expect(page.locator('dw-article .dw-toolbar dw-locale-switcher')).toBeAttached();
  await expect(page.locator('dw-article').getByRole('link', { name: 'Skip to content' })).toHaveCount(1);
  await expect(page.locator('dw-article article')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
