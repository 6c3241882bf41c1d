import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

const silent = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'RootWebArea', 'LayoutTable']);
const nameFromContent = new Set([
  'link',
  'heading',
  'button',
  'option',
  'menuitem',
  'listitem',
  'paragraph',
  'caption',
  'figcaption',
]);

/**
 * What a screen reader is given, in reading order: Chromium's own accessibility tree over CDP,
 * one line per node it exposes, with the language each text resolves to (which the tree does
 * not carry, so it is read from the node's DOM: the nearest `lang`, across shadow roots).
 */
async function transcript(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const lines: string[] = [];
  const langOf = async (backendNodeId: number) => {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        for (let n = this; n; n = n.parentNode || n.host) if (n.nodeType === 1 && n.hasAttribute('lang')) return n.getAttribute('lang');
        return '';
      }`,
      returnByValue: true,
    });
    return result.value as string;
  };
  const visit = async (node: AXNode, depth: number, parentName: string) => {
    const role = node.role?.value ?? '';
    const name = (node.name?.value ?? '').replace(/\s+/g, ' ').trim();
    let next = depth;
    if (!node.ignored && !silent.has(role) && !(role === 'StaticText' && (name === parentName || !name))) {
      const level = node.properties?.find((p) => p.name === 'level')?.value.value;
      const lang = node.backendDOMNodeId && name ? ` [${await langOf(node.backendDOMNodeId)}]` : '';
      lines.push(`${'  '.repeat(depth)}${role}${level ? ` ${level}` : ''}${name ? ` "${name}"` : ''}${lang}`);
      next = depth + 1;
    }
    const inherited = !node.ignored && nameFromContent.has(role) ? name : parentName;
    for (const id of node.childIds ?? []) await visit(byId.get(id)!, next, inherited);
  };
  await visit(nodes[0], 0, '');
  await cdp.detach();
  return `${lines.join('\n')}\n`;
}

// A click listener on an element makes the browsers expose it, and everything inside it, as
// clickable: Orca said "heading level 1 clickable" for the headline (tests/screen-reader).
test('nothing in the article listens for clicks but its buttons: not the element, not any ancestor of the headline', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('dw-article h1')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const clickListeners = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) return undefined;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.filter((listener) => listener.type === 'click').length;
  };
  const ancestors: Record<string, number> = {};
  for (let up = 0; ; up++) {
    const expression = `(() => { let node = document.querySelector('dw-article h1'); for (let i = 0; i < ${up} && node; i++) node = node.parentElement; return node; })()`;
    const count = await clickListeners(expression);
    if (count === undefined) break;
    const name = await page.evaluate(
      expression.replace(
        /return node; \}\)\(\)$/,
        "return node.localName + (node.className ? '.' + node.className : ''); })()",
      ),
    );
    ancestors[`${up}: ${name}`] = count;
  }
  expect(Object.keys(ancestors).length, 'the headline up to <html>').toBeGreaterThan(4);
  expect(Object.entries(ancestors).filter(([, count]) => count > 0)).toEqual([]);
  // The buttons still have theirs: the copy link and the stand-ins of the lazy features.
  expect(await clickListeners(`document.querySelector('dw-article .dw-copy-link')`)).toBe(1);
  expect(await clickListeners(`document.querySelector('dw-article [data-dw-feature]')`)).toBe(1);
  await cdp.detach();
});

for (const locale of ['en', 'de', 'ar']) {
  test(`what a screen reader is given, in ${locale}, matches the reviewed transcript`, async ({ page }) => {
    await page.goto(`./?locale=${locale}`);
    await expect(page.locator('dw-article time')).toHaveAttribute('lang', locale);
    const file = new URL(`transcripts/${locale}.txt`, import.meta.url);
    const actual = await transcript(page);
    if (process.env.UPDATE_TRANSCRIPTS || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
    // What the transcript must say, whatever else changes.
    expect(actual).toContain('heading 1 "IS push could take years: Kerry" [en]');
    expect(actual).toMatch(/StaticText "Brüssel NATO Hauptquartier Haider al-Abadi und John Kerry" \[de\]/);
    expect(actual).not.toContain('"·"');
  });
}

for (const locale of ['en', 'de', 'ar']) {
  test(`what a screen reader is given for the rich fixture, in ${locale}, matches the reviewed transcript`, async ({
    page,
  }) => {
    await page.goto(`./?src=articles/rich-test-fixture.json&locale=${locale}`);
    await expect(page.locator('dw-article time')).toHaveAttribute('lang', locale);
    const file = new URL(`transcripts/rich-${locale}.txt`, import.meta.url);
    const actual = await transcript(page);
    if (process.env.UPDATE_TRANSCRIPTS || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
    // What it must say, whatever else changes: the German quotation inside an English sentence,
    // the French phrase, the German caption and the subheadings below the headline.
    expect(actual).toMatch(/StaticText "Wir schaffen das" \[de\]/);
    expect(actual).toMatch(/StaticText "Parlement européen" \[fr\]/);
    expect(actual).toMatch(/StaticText "Bildunterschrift des Testartikels: [^"]*" \[de\]/);
    expect(actual).toContain('heading 2 "A subheading below the headline" [en]');
    expect(actual).toContain('heading 3 "Lists" [en]');
  });
}

test('the keyboard alone reaches every stop, in order, forwards and backwards', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await expect(page.locator('dw-article h1')).toBeVisible();
  const stop = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return `${active!.localName} ${(active!.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}`.trim();
    });
  const expected = [
    'a Skip to content',
    'a Skip to main menu',
    'a Skip to more DW sites',
    'a DW dw-article demo',
    'a Germany',
    'a World',
    'a Business',
    'a Science',
    'a Culture',
    'button Listen',
    'button Reader settings',
    'select Bosanski Deutsch English Españ',
    'a https://p.dw.com/p/1Dycg',
    'button Copy link',
    'a DW in German',
  ];
  const forwards: string[] = [];
  for (const _ of expected) {
    await page.keyboard.press('Tab');
    forwards.push(await stop());
  }
  expect(forwards).toEqual(expected);
  const backwards: string[] = [];
  for (const _ of expected.slice(1)) {
    await page.keyboard.press('Shift+Tab');
    backwards.push(await stop());
  }
  expect(backwards).toEqual(expected.slice(0, -1).reverse());
});

test('a focused link is never hidden under the sticky header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('./');
  await expect(page.locator('dw-article h1')).toBeVisible();
  // Scrolled far down at once: a wheel's scroll is smooth and can still be running after the
  // Tab below, moving the link out of view after focus put it in (the cause of a rare failure).
  await page.evaluate(() => window.scrollTo({ top: 2000, behavior: 'instant' }));
  await page.locator('dw-locale-switcher select').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.dw-short-link a')).toBeFocused();
  const header = (await page.locator('header.site-header').boundingBox())!;
  const link = (await page.locator('.dw-short-link a').boundingBox())!;
  expect(link.y, 'the focused link starts below the sticky header').toBeGreaterThanOrEqual(header.y + header.height);
  expect(link.y + link.height, 'and inside the viewport').toBeLessThanOrEqual(500);
});

test('forced colours (Windows High Contrast): text, focus and skip links stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  await expect(page.locator('dw-article h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.locator('dw-article').getByRole('link', { name: 'Skip to content' });
  const box = (await skip.boundingBox())!;
  expect(box.width).toBeGreaterThan(50);
  const style = await skip.evaluate((link) => {
    const s = getComputedStyle(link);
    return {
      outline: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      border: parseFloat(s.borderTopWidth),
      adjust: s.forcedColorAdjust,
    };
  });
  expect(style).toMatchObject({ outline: 'solid', adjust: 'auto' });
  expect(style.width).toBeGreaterThanOrEqual(2);
  expect(style.border).toBeGreaterThanOrEqual(2);
  // Nothing in the component opts out of forced colours.
  const optedOut = await page.evaluate(() => {
    const host = document.querySelector('dw-article')!;
    const all = [...host.querySelectorAll('*'), ...host.shadowRoot!.querySelectorAll('*')];
    return all.filter((element) => getComputedStyle(element).forcedColorAdjust === 'none').map((e) => e.localName);
  });
  expect(optedOut).toEqual([]);
});

test.describe('key states look as reviewed', () => {
  /** Opens the demo and waits for the element, so a key press reaches it. */
  const open = async (page: Page, query = '') => {
    await page.goto(`./${query}`);
    await expect(page.locator('dw-article :is(h1, h2)').first()).toBeVisible();
  };
  /**
   * Focuses the first skip link, for the picture of that state. (Reaching it with Tab is what
   * the keyboard walks test; here a Tab once went elsewhere on a busy machine, which made the
   * picture, not the component, differ.)
   */
  const focusSkipLink = async (page: Page) => {
    const link = page.locator('dw-article').getByRole('link', { name: 'Skip to content' });
    await link.focus();
    await expect(link).toBeFocused();
  };
  // Forced colours are not compared pixel by pixel: their colours are the operating system's
  // palette, so such a picture tests the machine, not the component (it failed on a CI machine
  // with the same browser). The test above checks what the component controls there;
  // `npm run screenshots` still draws the state for review.
  const shots: [string, (page: Page) => Promise<unknown>][] = [
    ['default', (page) => open(page)],
    ['skip-link-focused', async (page) => (await open(page), await focusSkipLink(page))],
    ['dark', async (page) => (await page.emulateMedia({ colorScheme: 'dark' }), await open(page))],
    ['narrow-320', async (page) => (await page.setViewportSize({ width: 320, height: 800 }), await open(page))],
    ['rtl', (page) => open(page, '?src=articles/rtl-test-fixture.json&locale=ar')],
  ];
  for (const [name, show] of shots) {
    test(name, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 800 });
      await show(page);
      await expect(page.locator('dw-article img')).toHaveJSProperty('complete', true);
      await expect(page).toHaveScreenshot(`${name}.png`, {
        animations: 'disabled',
        caret: 'hide',
        maxDiffPixelRatio: 0.002,
      });
    });
  }
});
