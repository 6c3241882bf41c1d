// Every script DW writes in is drawn with a font that has it, not as empty boxes: the machine's
// fonts are part of what the tests need (.ci/run installs Debian's Noto), and this proves they
// are there. Chromium's DevTools protocol names the font each text was actually drawn with.
import { expect, test, type Page } from '@playwright/test';

/**
 * A locale of each script that needs a font of its own, and the font families that have it.
 * (Greek, Cyrillic and the Arabic of Arabic are in the base font here, DejaVu Sans, which also
 * stands in for scripts it lacks: a check by family name could not tell the two apart, so they
 * are not listed; the screenshots show them. Urdu's letters need Noto's Arabic fonts.)
 */
const scripts = [
  { script: 'Ethiopic', locale: 'am', fonts: /Ethiopic|Abyssinica/ },
  { script: 'Bengali', locale: 'bn', fonts: /Bengali|Lohit/ },
  { script: 'Devanagari', locale: 'hi', fonts: /Devanagari|Lohit|Mukta/ },
  { script: 'Arabic, with the letters of Urdu', locale: 'ur', fonts: /Arabic|Naskh|Nastaliq/ },
  { script: 'Han (Simplified)', locale: 'zh', fonts: /CJK|WenQuanYi|Droid Sans Fallback/ },
  { script: 'Han (Traditional)', locale: 'zh-Hant', fonts: /CJK|WenQuanYi|Droid Sans Fallback/ },
];

/** The fonts Chromium drew a light-DOM element's own text with (those that drew a glyph). */
async function fontsOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.filter(({ glyphCount }) => glyphCount > 0).map(({ familyName }) => familyName);
}

/** Of the fonts that drew the date, those that have the script. */
async function scriptFontsOf(page: Page, fonts: RegExp) {
  const drawn = await fontsOf(page, 'dw-article time');
  expect(drawn.length, 'some font drew the date').toBeGreaterThan(0);
  return drawn.filter((family) => fonts.test(family));
}

for (const { script, locale, fonts } of scripts) {
  test(`${script}: the ${locale} interface is drawn with a font that has the script`, async ({ page }) => {
    await page.goto(`./?locale=${locale}`);
    await expect(page.locator('dw-article time')).toHaveAttribute('lang', locale);
    // The date: the month's name (and, in Bengali, the digits) in the script; its letters from a
    // font that has the script (its digits and spaces may come from another).
    expect(
      await scriptFontsOf(page, fonts),
      `a font with ${script} draws it (install Debian's fonts-noto-core and fonts-noto-cjk)`,
    ).not.toEqual([]);
  });
}

test('the check can fail: text in a script no installed font has is drawn by none of those fonts', async ({ page }) => {
  await page.goto('./');
  // Test fixture: Old Hungarian letters, a script none of the installed fonts covers.
  await page.locator('dw-article time').evaluate((time) => (time.textContent = '\u{10C80}\u{10C81}\u{10C82}'));
  for (const { script, fonts } of scripts) expect(await scriptFontsOf(page, fonts), script).toEqual([]);
});
