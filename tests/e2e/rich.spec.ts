// The rich test fixtures on the built demo, as a reader gets them: axe and the keyboard in en,
// de and ar, and what a reader mode (Mozilla Readability, Firefox's Reader View) keeps of the
// page once the element has rendered it.
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe-playwright.js';

const readability = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

for (const locale of ['en', 'de', 'ar']) {
  test(`the rich fixtures in a ${locale} interface: no axe violations, every link reached by Tab`, async ({ page }) => {
    for (const fixture of ['rich-test-fixture', 'rich-rtl-test-fixture']) {
      await page.goto(`./?src=articles/${fixture}.json&locale=${locale}`);
      await expect(page.locator('dw-article article h1')).toBeVisible();
      expect(await axeViolations(page), fixture).toEqual([]);
      const links = await page.locator('dw-article .dw-body a[href], dw-article .dw-alternates a').count();
      // Tab from the headline through the article: every link in it takes focus, in order.
      await page.locator('dw-article article h1').focus();
      const reached = new Set<string>();
      for (let i = 0; i < 40 && reached.size < links; i++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => {
          const active = document.activeElement;
          return active?.closest('dw-article article') && active instanceof HTMLAnchorElement ? active.href : '';
        });
        if (href) reached.add(href);
      }
      expect(reached.size, fixture).toBe(links);
    }
  });
}

test.describe('a reader mode', () => {
  // Readability is put into the page as a script of the test's own, which the demo's strict CSP would refuse.
  test.use({ bypassCSP: true });

  for (const fixture of ['', '?src=articles/rich-test-fixture.json']) {
    test(`keeps every figure with its caption's language and takes the credits as the byline: ${fixture || 'the seed'}`, async ({
      page,
    }) => {
      await page.goto(`./${fixture}`);
      await expect(page.locator('dw-article article h1')).toBeVisible();
      await page.addScriptTag({ path: readability });
      const view = await page.evaluate(() => {
        const Reader = (
          window as unknown as { Readability: new (doc: Document) => { parse(): Record<string, string> } }
        ).Readability;
        const result = new Reader(document.cloneNode(true) as Document).parse();
        const content = new DOMParser().parseFromString(result.content, 'text/html');
        return {
          byline: result.byline,
          figures: content.querySelectorAll('figure img').length,
          germanCaptions: [...content.querySelectorAll('figure:has(img) [lang="de"]')].map((node) => node.textContent),
          text: result.textContent,
        };
      });
      const credits = (await page.locator('dw-article .dw-credits').textContent())!.trim();
      expect(credits.startsWith(view.byline.split(' ')[0]), `${view.byline} / ${credits}`).toBe(true);
      expect(view.figures).toBe(fixture ? 2 : 1);
      expect(view.germanCaptions.length).toBe(1);
      expect(view.text).not.toMatch(/Published|Reading time|Copy link|Image caption|Reader settings|Skip to/);
    });
  }
});
