import { expect, fixture, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DwArticle } from '../../src/dw-article.js';
import { deepActiveElement } from '../../src/chrome/focus.js';
import { engine, itInChromium, languagesOfText } from '../support/helpers.js';

type Rgb = [number, number, number, number];

function rgb(value: string): Rgb {
  const [r, g, b, a = 1] = value.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the rendered (flat) tree: through slots and out of shadow roots. */
function flatParent(element: Element): Element | null {
  return element.assignedSlot ?? element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;
}

/** The background an element's text is drawn on: the first opaque one up the flat tree. */
function backgroundOf(element: Element): Rgb {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const color = rgb(getComputedStyle(node).backgroundColor);
    if (color[3] === 1) return color;
  }
  return [255, 255, 255, 1];
}

/** Every element with its own visible text in the element (light DOM and shadow roots), with its contrast. */
function textContrasts(root: Element | ShadowRoot): { text: string; ratio: number; element: Element }[] {
  const found: { text: string; ratio: number; element: Element }[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...textContrasts(element.shadowRoot));
    const own = [...element.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    const box = element.getBoundingClientRect();
    if (!own || box.width <= 1 || box.height <= 1 || element.closest('.dw-visually-hidden')) continue;
    found.push({
      text: own.slice(0, 30),
      ratio: contrast(rgb(getComputedStyle(element).color), backgroundOf(element)),
      element,
    });
  }
  return found;
}

async function page(attributes = ''): Promise<DwArticle> {
  const host = await fixture<HTMLElement>(
    `<div><dw-article menu-target="#menu" sites-target="#menu" ${attributes}><nav id="menu" slot="header" aria-label="Menu"><a href="#x">Menu</a></nav><main></main></dw-article></div>`,
  );
  const el = host.querySelector('dw-article')!;
  await el.updateComplete;
  return el;
}

describe('<dw-article> beyond axe', () => {
  // Put back only what a test changed: resizing takes the focus away from the page in Firefox.
  let resized = false;
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    if (resized) await setViewport({ width: 800, height: 600 });
    resized = false;
  });

  describe('contrast, in every theme', () => {
    for (const [theme, attributes, scheme] of [
      ['light', '', 'light'],
      ['dark, from the system', '', 'dark'],
      ['dark, forced by the host', 'theme="dark"', 'light'],
      ['light, forced by the host', 'theme="light"', 'dark'],
      ['sepia, 200 % text, loose lines', 'theme="sepia" text-size="200" line-spacing="loose"', 'light'],
      ['dark, 150 % text', 'theme="dark" text-size="150"', 'light'],
    ] as const) {
      // The system's colour scheme can only be emulated in Chromium; the host's theme works everywhere.
      const test = scheme === 'dark' || theme.includes('system') ? itInChromium : it;
      test(`${theme}: body text 7:1, all other text 4.5:1, focus indicators 3:1 against both sides`, async () => {
        if (engine === 'chromium') await emulateMedia({ colorScheme: scheme });
        const el = await page(attributes);
        const expectDark = theme.startsWith('dark');
        localStorage.removeItem('dw-article-settings');
        expect(luminance(backgroundOf(el.querySelector('.dw-body p')!)) < 0.1, 'the theme applied').to.equal(
          expectDark,
        );
        const texts = textContrasts(el);
        expect(texts.length).to.be.greaterThan(15);
        for (const { text, ratio, element } of texts) {
          expect(ratio, `"${text}"`).to.be.at.least(element.closest('.dw-body') ? 7 : 4.5);
        }
        // Every stop of the component, focused from the keyboard.
        const start = document.createElement('button');
        el.parentElement!.before(start);
        window.focus();
        start.focus();
        expect(document.hasFocus(), 'the page has focus, so :focus styles apply').to.equal(true);
        const stops: string[] = [];
        // Up to the component's last stop, "Copy link": a Tab past the page's end would leave it.
        for (let i = 0; i < 12 && !deepActiveElement()?.matches('.dw-copy-link'); i++) {
          await sendKeys({ press: 'Tab' });
          const focused = deepActiveElement()!;
          // The component's own stops: skip links, the switcher, links in the article (not the host's menu).
          const ours =
            el.shadowRoot!.contains(focused) ||
            !!(focused.getRootNode() as ShadowRoot).host?.closest('.dw-toolbar') ||
            !!focused.closest('article');
          if (!ours) continue;
          const style = getComputedStyle(focused);
          const width = parseFloat(style.outlineWidth);
          const offset = parseFloat(style.outlineOffset);
          stops.push(focused.localName);
          expect(style.outlineStyle, focused.localName).not.to.equal('none');
          expect(width, `${focused.localName} outline`).to.be.at.least(2);
          const ring = rgb(style.outlineColor);
          // Outside the ring is the background; inside, the offset gap shows the same background.
          expect(offset, `${focused.localName} offset`).to.be.at.least(2);
          expect(contrast(ring, backgroundOf(flatParent(focused)!)), `${focused.localName} ring`).to.be.at.least(3);
        }
        start.remove();
        expect(stops).to.include.members(['a', 'button', 'select']);
      });
    }
  });

  describe('what a screen reader is given', () => {
    itInChromium(
      'gives hidden labels in the interface locale, absent from the layout, and expands dpa and AP once',
      async () => {
        const el = await page('locale="de"');
        const hidden = [...el.querySelectorAll<HTMLElement>('.dw-visually-hidden')];
        for (const label of hidden) expect(label.getBoundingClientRect().width, label.textContent!).to.be.at.most(1);
        const text = languagesOfText(el.querySelector('article')!);
        expect(text).to.deep.include({ text: 'Bildunterschrift:', lang: 'de' });
        expect(text).to.deep.include({ text: 'Veröffentlicht', lang: 'de' });
        const credits = el.querySelector('.dw-credits')!.textContent!;
        expect(credits.match(/Deutsche Presse-Agentur/g)).to.have.length(1);
        expect(credits.match(/Associated Press/g)).to.have.length(1);
        const tree = JSON.stringify(await a11ySnapshot({}));
        expect(tree).to.contain('(Deutsche Presse-Agentur)');
        expect(tree).to.contain('Bildunterschrift:');
      },
    );

    itInChromium('announces nothing twice and nothing decorative', async () => {
      await page();
      const names: string[] = [];
      const walk = (node: { name?: string; role: string; children?: unknown[] }) => {
        if (node.role === 'StaticText' && node.name?.trim()) names.push(node.name.trim());
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk((await a11ySnapshot({})) as never);
      expect(names).not.to.include('·');
      const repeated = names.filter((name, i) => name.length > 3 && names.indexOf(name) !== i);
      expect(repeated, 'spoken twice').to.deep.equal([]);
    });

    it('announces a locale switch once, politely, and not on the first render', async () => {
      const el = await page();
      const status = el.querySelector<HTMLElement>('.dw-status')!;
      // A polite, atomic live region, and no status role (screen readers name an empty one).
      expect([
        status.getAttribute('aria-live'),
        status.getAttribute('aria-atomic'),
        status.getAttribute('role'),
      ]).to.deep.equal(['polite', 'true', null]);
      expect(status.textContent).to.equal('');
      el.locale = 'fa';
      await el.updateComplete;
      expect(status.textContent).to.equal('زبان رابط کاربری: فارسی');
      expect(el.querySelector('.dw-status') === status, 'the same status element').to.equal(true);
      expect(status.getBoundingClientRect().width).to.be.at.most(1);
      el.requestUpdate();
      await el.updateComplete;
      expect(status.textContent).to.equal('زبان رابط کاربری: فارسی');
    });
  });

  describe('motion, reflow and text spacing', () => {
    itInChromium('has no animation or smooth scrolling, so prefers-reduced-motion has nothing to stop', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await page();
      el.shadowRoot!.querySelector('a')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.getAnimations()).to.deep.equal([]);
      const all = [el, ...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')];
      for (const element of all) {
        const style = getComputedStyle(element);
        expect([style.transitionDuration, style.animationName, style.scrollBehavior], element.localName).to.deep.equal([
          '0s',
          'none',
          'auto',
        ]);
      }
    });

    for (const [name, locale] of [
      ['English', 'en'],
      ['Arabic', 'ar'],
      ['English, 200 % text and loose lines', 'en" text-size="200" line-spacing="loose'],
    ]) {
      // WebKit's driver cannot resize the viewport.
      (engine === 'webkit' ? it.skip : it)(
        `reflows at 320 CSS px with WCAG 1.4.12 text spacing, losing nothing (${name})`,
        async () => {
          await setViewport({ width: 320, height: 640 });
          resized = true;
          const el = await page(`locale="${locale}"`);
          const spacing = new CSSStyleSheet();
          spacing.replaceSync(
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
          );
          const roots = [document, el.shadowRoot!, el.querySelector('dw-locale-switcher')!.shadowRoot!];
          for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
          try {
            await waitUntil(() => true);
            expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
            for (const element of [...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')]) {
              if (element.closest('.dw-visually-hidden') || element.matches('.skip-links a:not(:focus)')) continue;
              const box = element.getBoundingClientRect();
              if (box.width === 0) continue;
              expect(box.right, `${element.localName}.${element.className} fits`).to.be.at.most(320.5);
              expect(box.left, `${element.localName}.${element.className} fits`).to.be.at.least(-0.5);
              const style = getComputedStyle(element);
              if (style.overflow !== 'visible') {
                expect(element.scrollWidth, `${element.localName} not clipped`).to.be.at.most(element.clientWidth + 1);
              }
            }
          } finally {
            for (const root of roots)
              root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
          }
        },
      );
    }
  });
});
