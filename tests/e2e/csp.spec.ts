import { expect, test, type Page } from '@playwright/test';

declare global {
  interface Window {
    violations: string[];
  }
}

/** Records every CSP or Trusted Types violation from the very start of the page. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.violations);

test('under a strict CSP with Trusted Types: load, switch locale, use every skip link, with no violation', async ({
  page,
}) => {
  await recordViolations(page);
  const response = await page.goto('./');
  expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.locator('dw-article h1')).toBeVisible();
  await expect(page.locator('dw-article img')).toHaveJSProperty('complete', true);
  // The structured data is written under Trusted Types too.
  const jsonLd = await page.locator('dw-article script[type="application/ld+json"]').textContent();
  expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'NewsArticle', headline: 'IS push could take years: Kerry' });

  await page.locator('dw-locale-switcher select').focus();
  // Deutsch is just above English (the list is in the order of the names).
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('dw-article time')).toHaveText('3. Dezember 2014');

  for (const tabs of [1, 2, 3]) {
    await page.goto('./?locale=de');
    await expect(page.locator('dw-article h1')).toBeVisible();
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.localName)).toMatch(/^(h1|nav)$/);
  }
  await page.goto('./two-articles.html');
  await expect(page.locator('dw-article h2')).toHaveCount(2);
  expect(await violations(page)).toEqual([]);
});

test('the same recording catches a violation: markup assigned as a string is blocked', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./');
  await expect(page.locator('dw-article h1')).toBeVisible();
  await page.evaluate(() => {
    try {
      document.querySelector('dw-article h1')!.innerHTML = '<b>not trusted</b>';
    } catch {
      // Trusted Types throws as well as reporting.
    }
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringContaining('require-trusted-types-for')]);
});
