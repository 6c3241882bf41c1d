// Every script DW writes in is drawn with a font that has it, not as empty boxes: the machine's
// fonts are part of what the tests need (.ci/run installs Debian's Noto), and this proves they
// are there. Chromium's DevTools protocol names the font each text was actually drawn with.
import { expect, test, type Page } from '@playwright/test';

/** A locale of each script, and the font families that have that script. */
const scripts = [
  { script: 'Ethiopic', locale: 'am', fonts: /Ethiopic|Abyssinica/ },
  { script: 'Bengali', locale: 'bn', fonts: /Bengali|Lohit/ },
  { script: 'Devanagari', locale: 'hi', fonts: /Devanagari|Lohit|Mukta/ },
  { script: 'Arabic (Arabic)', locale: 'ar', fonts: /Arabic|Naskh|Kufi|DejaVu/ },
  { script: 'Arabic (Urdu)', locale: 'ur', fonts: /Arabic|Naskh|Nastaliq|DejaVu/ },
  { script: 'Greek', locale: 'el', fonts: /Noto Sans|DejaVu/ },
  { script: 'Cyrillic', locale: 'uk', fonts: /Noto Sans|DejaVu/ },
  { script: 'Han (Simplified)', locale: 'zh', fonts: /CJK|WenQuanYi|Droid Sans Fallback/ },
  { script: 'Han (Traditional)', locale: 'zh-Hant', fonts: /CJK|WenQuanYi|Droid Sans Fallback/ },
];

/** The fonts Chromium drew a light-DOM element's own text with, and how many glyphs each drew. */
async function fontsOf(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map(({ familyName, glyphCount }) => ({ familyName, glyphCount }));
}

for (const { script, locale, fonts } of scripts) {
  test(`${script}: the ${locale} interface is drawn with a font that has the script`, async ({ page }) => {
    await page.goto(`./?locale=${locale}`);
    await expect(page.locator('dw-article time')).toHaveAttribute('lang', locale);
    // The date: the month's name (and, in Bengali, the digits) in the script.
    const used = await fontsOf(page, 'dw-article time');
    const drawn = used.filter(({ glyphCount }) => glyphCount > 0);
    expect(drawn.length, JSON.stringify(used)).toBeGreaterThan(0);
    // Its letters from a font that has the script (its digits and spaces may come from another).
    expect(
      drawn.filter(({ familyName }) => fonts.test(familyName)),
      `a font with ${script} draws it (install Debian's fonts-noto-core and fonts-noto-cjk): ${JSON.stringify(drawn)}`,
    ).not.toEqual([]);
  });
}

test('the check can fail: a script no installed font has is drawn with another font', async ({ page }) => {
  await page.goto('./');
  // Test fixture: Old Hungarian letters, a script none of the installed fonts covers.
  await page.locator('dw-article time').evaluate((time) => (time.textContent = '\u{10C80}\u{10C81}\u{10C82}'));
  const drawn = (await fontsOf(page, 'dw-article time')).filter(({ glyphCount }) => glyphCount > 0);
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.filter(({ familyName }) => /Ethiopic|Bengali|Devanagari|Arabic|CJK/.test(familyName))).toEqual([]);
});
