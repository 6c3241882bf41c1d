import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hostPage, skipLinks, headline, tab, focusPageStart } from '../support/pages.js';
import type { DwArticle } from '../../src/dw-article.js';
import { isLoadedLocale, supportedLocales } from '../../src/i18n/locales.js';
import { seedArticle, seedParagraphs } from '../fixtures/articles.js';
import {
  untyped,
  axeViolations,
  captureWarnings,
  describeElement,
  focused,
  languagesOfText,
} from '../support/helpers.js';

describe('<dw-article>', () => {
  describe('accessibility', () => {
    it('has no axe violations in English, in German, with a skip link focused, and twice on a page', async () => {
      const { page, el } = await hostPage();
      expect(await axeViolations(page)).to.deep.equal([]);

      el.locale = 'de';
      await el.updateComplete;
      expect(await axeViolations(page)).to.deep.equal([]);

      await focusPageStart(page);
      expect(focused()).to.equal(describeElement(skipLinks(el)[0]));
      expect(await axeViolations(page)).to.deep.equal([]);

      const second = document.createElement('dw-article');
      page.append(second);
      await second.updateComplete;
      expect(await axeViolations(page)).to.deep.equal([]);
    });

    it('proves the check can fail: the same page with its caption language and alt text broken', async () => {
      const { page, el } = await hostPage();
      el.querySelector('.dw-caption')!.setAttribute('lang', 'xx-invalid-');
      el.querySelector('img')!.removeAttribute('alt');
      const violations = await axeViolations(page);
      expect(violations.map((v) => v.split(':')[0])).to.include.members(['valid-lang', 'image-alt']);
    });
  });

  describe('the article', () => {
    it('renders every part of the document in reading order, as text', async () => {
      const { el } = await hostPage();
      const doc = seedArticle;
      const expected = [
        doc.headline.text,
        doc.teaser!.text,
        doc.shortUrl!,
        doc.image!.caption!.text,
        doc.image!.credit!,
        ...seedParagraphs.map((p) => p.text),
        doc.credits!,
      ];
      // What is on the page: without the labels that are there for screen readers only.
      const visible = el.querySelector('article')!.cloneNode(true) as Element;
      for (const hidden of visible.querySelectorAll('.dw-visually-hidden')) hidden.remove();
      const text = visible.textContent!.replace(/\s+/g, ' ');
      let from = 0;
      for (const part of expected) {
        const at = text.indexOf(part, from);
        expect(at, `"${part.slice(0, 40)}…" in order`).to.be.greaterThan(-1);
        from = at + part.length;
      }
      expect(el.querySelectorAll('.dw-body p')).to.have.length(10);
      // The strings the issue names, verbatim.
      expect(text).to.contain('Brüssel NATO Hauptquartier Haider al-Abadi und John Kerry');
      expect(text).to.contain('Image: REUTERS/E. Vidal');
      expect(text).to.contain('jr/ksb (dpa, AP)');
    });

    it('keeps the article text in the light DOM and the chrome in the shadow root', async () => {
      const { el } = await hostPage();
      expect(el.textContent).to.contain('IS push could take years: Kerry');
      expect(el.shadowRoot!.textContent).not.to.contain('Kerry');
      expect(el.shadowRoot!.querySelector('main, article')).to.equal(null);
    });

    it('uses one article, a real heading, time datetime, a figure with its caption, and no main', async () => {
      const { el } = await hostPage();
      expect(el.querySelectorAll('article')).to.have.length(1);
      expect(headline(el).tagName).to.equal('H1');
      expect(el.querySelector('time')!.getAttribute('datetime')).to.equal('2014-12-03');
      expect(el.querySelector('time')!.textContent).to.equal('December 3, 2014');
      // The caption is not a figcaption, which would also name the figure (see src/parts/figure.ts).
      expect(el.querySelector('figure > img + .dw-figcaption .dw-caption[lang="de"]')).to.exist;
      expect(el.querySelector('figcaption')).to.equal(null);
      expect(el.querySelector('figure')!.hasAttribute('aria-label')).to.equal(false);
      const img = el.querySelector('img')!;
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['940', '529']);
      expect(img.alt).to.contain('Haider al-Abadi and John Kerry');
    });

    it('takes the heading level from heading-level, so a host with its own h1 keeps one', async () => {
      const el = await fixture<DwArticle>(html`<dw-article heading-level="2"></dw-article>`);
      await el.updateComplete;
      expect(headline(el).tagName).to.equal('H2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(headline(el).tagName).to.equal('H6');
    });

    it('uses the markup a page rendered itself instead of rendering over it', async () => {
      const el = await fixture<DwArticle>(
        html`<dw-article
          ><article class="dw-article" lang="en"><h2 id="own">Server headline</h2><p>Server text.</p></article></dw-article
        >`,
      );
      await el.updateComplete;
      expect(el.querySelectorAll('article')).to.have.length(1);
      expect(headline(el).textContent).to.equal('Server headline');
      expect(skipLinks(el)[0].getAttribute('href')).to.equal('#own');
    });

    it('refuses an invalid document with an error that names the field, shown and in dw-error', async () => {
      const el = await fixture<DwArticle>(html`<dw-article></dw-article>`);
      await el.updateComplete;
      const broken = { ...seedArticle, image: { ...seedArticle.image, caption: { text: 'x', lang: 'xx_YY!' } } };
      const errors: string[] = [];
      const original = console.error;
      console.error = (error: unknown) => errors.push(String(error));
      const event = oneEvent(el, 'dw-error');
      try {
        el.article = untyped(broken);
      } finally {
        console.error = original;
      }
      const { detail } = await event;
      const issue = 'image.caption.lang: expected a BCP 47 language tag, got "xx_YY!"';
      expect(detail).to.deep.equal({ reason: 'invalid', issues: [issue] });
      expect(errors[0]).to.contain(issue);
      await el.updateComplete;
      const alert = el.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('The article could not be shown');
      expect(alert.textContent).to.contain(issue);
      expect(el.querySelector('article')).to.equal(null);
      expect(el.article).to.equal(undefined);
    });
  });

  describe('languages', () => {
    it('renders nothing before the interface locale has loaded: a German page never flashes English', async () => {
      const locale = supportedLocales().find((l) => l !== 'en' && !isLoadedLocale(l));
      expect(locale, 'a locale this page has not loaded yet').to.be.a('string');
      // Every text the element puts into the page, as it is put there (before any later change).
      const seen: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) seen.push(node.textContent ?? '');
      });
      const page = await fixture<HTMLElement>(html`<main></main>`);
      observer.observe(page, { childList: true, subtree: true });
      const el = document.createElement('dw-article');
      el.locale = locale;
      page.append(el);
      await el.updateComplete;
      observer.disconnect();
      const english = ['Published', 'Short link', 'Copy link', 'Reader settings', 'Image caption'];
      const flashed = english.filter((word) => seen.some((text) => text.includes(word)));
      expect({ shown: el.querySelector('article') !== null, flashed }).to.deep.equal({ shown: true, flashed: [] });
      expect(el.querySelector('.dw-article [data-dw-label]')!.getAttribute('lang')).to.equal(locale);
    });

    it('resolves the caption to German, the body to English and the chrome to the interface locale, before and after a switch', async () => {
      const { el } = await hostPage();
      for (const locale of ['en', 'de', 'en']) {
        el.locale = locale;
        await el.updateComplete;
        const text = languagesOfText(el.querySelector('article')!);
        const langOf = (needle: string) => text.find((t) => t.text.includes(needle))?.lang;
        expect(langOf('Brüssel NATO Hauptquartier')).to.equal('de');
        expect(langOf('IS push could take years')).to.equal('en');
        for (const paragraph of seedParagraphs) expect(langOf(paragraph.text)).to.equal('en');
        expect(langOf(locale === 'de' ? 'Bild:' : 'Image:')).to.equal(locale);
        expect(langOf(locale === 'de' ? 'Kurzlink' : 'Short link')).to.equal(locale);
        expect(langOf(locale === 'de' ? '3. Dezember 2014' : 'December 3, 2014')).to.equal(locale);
        for (const chrome of languagesOfText(el.shadowRoot!)) expect(chrome.lang, chrome.text).to.equal(locale);
        const switcher = el.querySelector('dw-locale-switcher')!;
        const label = languagesOfText(switcher.shadowRoot!).find(
          (t) => t.text === (locale === 'de' ? 'Sprache' : 'Language'),
        );
        expect(label?.lang).to.equal(locale);
      }
    });

    it('names each language in itself, with its own lang, in the order of the names, script by script', async () => {
      const { el } = await hostPage('locale="de"');
      const options = [...el.querySelector('dw-locale-switcher')!.shadowRoot!.querySelectorAll('option')];
      // Written out by hand: every language DW publishes in, Latin, Greek, Cyrillic, Arabic,
      // Ethiopic, Devanagari, Bengali and Han names each in alphabetical order.
      expect(options.map((o) => [o.textContent!.trim(), o.lang, o.dir, o.selected])).to.deep.equal([
        ['Bosanski', 'bs', 'ltr', false],
        ['Deutsch', 'de', 'ltr', true],
        ['English', 'en', 'ltr', false],
        ['Español', 'es', 'ltr', false],
        ['Français', 'fr', 'ltr', false],
        ['Hausa', 'ha', 'ltr', false],
        ['Hrvatski', 'hr', 'ltr', false],
        ['Indonesia', 'id', 'ltr', false],
        ['Kiswahili', 'sw', 'ltr', false],
        ['Polski', 'pl', 'ltr', false],
        ['Português (África)', 'pt-002', 'ltr', false],
        ['Português (Brasil)', 'pt-BR', 'ltr', false],
        ['Română', 'ro', 'ltr', false],
        ['Shqip', 'sq', 'ltr', false],
        ['Srpski (latinica)', 'sr-Latn', 'ltr', false],
        ['Türkçe', 'tr', 'ltr', false],
        ['Ελληνικά', 'el', 'ltr', false],
        ['Български', 'bg', 'ltr', false],
        ['Македонски', 'mk', 'ltr', false],
        ['Русский', 'ru', 'ltr', false],
        ['Українська', 'uk', 'ltr', false],
        ['اردو', 'ur', 'rtl', false],
        ['العربية', 'ar', 'rtl', false],
        ['پښتو', 'ps', 'rtl', false],
        ['دری', 'fa-AF', 'rtl', false],
        ['فارسی', 'fa', 'rtl', false],
        ['አማርኛ', 'am', 'ltr', false],
        ['हिन्दी', 'hi', 'ltr', false],
        ['বাংলা', 'bn', 'ltr', false],
        ['简体中文', 'zh', 'ltr', false],
        ['繁體中文', 'zh-Hant', 'ltr', false],
      ]);
    });

    it('takes the locale from the nearest ancestor lang, across shadow roots, when no locale is set', async () => {
      const htmlLang = document.documentElement.getAttribute('lang');
      const outer = await fixture<HTMLElement>(html`<div lang="de-AT"><span></span></div>`);
      const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
      const el = document.createElement('dw-article');
      shadow.append(el);
      await el.updateComplete;
      expect(skipLinks(el)[0].textContent).to.equal('Zum Inhalt springen');
      expect(document.documentElement.getAttribute('lang')).to.equal(htmlLang);
    });

    it('falls back to English with one warning for an unknown locale, and never touches <html lang>', async () => {
      const htmlLang = document.documentElement.getAttribute('lang');
      let el!: DwArticle;
      const warnings = await captureWarnings(async () => {
        el = await fixture<DwArticle>(html`<div lang="en"><dw-article locale="xx"></dw-article></div>`).then((div) =>
          div.querySelector('dw-article')!,
        );
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('locale="xx"'))).to.have.length(1);
      expect(skipLinks(el)[0].textContent).to.equal('Skip to content');
      expect(document.documentElement.getAttribute('lang')).to.equal(htmlLang);
    });

    it('switches live from the keyboard, keeps focus on the switcher and tells the host', async () => {
      const { el } = await hostPage();
      const select = el.querySelector('dw-locale-switcher')!.shadowRoot!.querySelector('select')!;
      await focusPageStart(el.parentElement!);
      // Three skip links, the menu link, "Listen", the settings, then the switcher.
      await tab(6);
      expect(focused()).to.equal(describeElement(select));
      const changed = oneEvent(el, 'dw-locale-change');
      // Deutsch is just above English.
      await sendKeys({ press: 'ArrowUp' });
      expect((await changed).detail.locale).to.equal('de');
      await el.updateComplete;
      expect(focused()).to.equal(describeElement(select));
      expect(el.getAttribute('locale')).to.equal('de');
      expect(skipLinks(el).map((a) => a.textContent)).to.deep.equal([
        'Zum Inhalt springen',
        'Zur Hauptnavigation springen',
        'Zu weiteren Angeboten der DW springen',
      ]);
      expect(el.querySelector('time')!.textContent).to.equal('3. Dezember 2014');
    });

    it('keeps focus on a skip link while the locale changes under it', async () => {
      const { page, el } = await hostPage();
      await focusPageStart(page);
      expect(focused()).to.equal(describeElement(skipLinks(el)[0]));
      el.locale = 'de';
      await el.updateComplete;
      expect(focused()).to.equal(describeElement(skipLinks(el)[0]));
      expect(skipLinks(el)[0].textContent).to.equal('Zum Inhalt springen');
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal(describeElement(headline(el)));
    });
  });
});
