import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { formatPublished } from '../../src/article/content.js';
import { readingMinutes } from '../../src/article/reading-time.js';
import { parseArticle } from '../../src/article/schema.js';
import type { DwArticle } from '../../src/dw-article.js';
import { formatLocaleOf, i18n, loadLocale, supportedLocales, type Locale } from '../../src/i18n/locales.js';
import { createUi } from '../../src/i18n/ui.js';
import { seedArticle } from '../fixtures/articles.js';
import { axeViolations, captureWarnings, languagesOfText, quietly } from './helpers.js';

const rtlFixtureUrl = '/demo/public/articles/rtl-test-fixture.json';

/** A number whose plural category in `locale` is `category` (Spanish "many" is a million). */
function numberFor(locale: string, category: string): number {
  const rules = new Intl.PluralRules(locale);
  const candidates = [...Array.from({ length: 201 }, (_, n) => n), 1_000_000, 1.5];
  const found = candidates.find((n) => rules.select(n) === category);
  if (found === undefined) throw new Error(`no number in ${category} for ${locale}`);
  return found;
}

async function withLocale(locale: string, attributes = ''): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(`<main><dw-article locale="${locale}" ${attributes}></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  return el;
}

describe('<dw-article> in every interface locale', () => {
  describe('accessibility', () => {
    for (const locale of supportedLocales) {
      it(`has no axe violations with the ${locale} interface`, async () => {
        const el = await withLocale(locale, 'menu-target="main" sites-target="main"');
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      });
    }

    it('has no axe violations for the right-to-left test fixture, in an English and an Arabic interface', async () => {
      for (const locale of ['en', 'ar']) {
        const el = await withLocale(locale, `src="${rtlFixtureUrl}"`);
        await waitUntil(() => el.querySelector('article[dir="rtl"]'));
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
        el.parentElement!.remove();
      }
    });
  });

  describe('strings', () => {
    it('speaks every locale: skip links, labels and the switcher label, tagged with the locale', async () => {
      const seen = new Set<string>();
      for (const locale of supportedLocales) {
        const el = await withLocale(locale);
        const skip = el.shadowRoot!.querySelector('a')!;
        seen.add(skip.textContent!);
        expect(skip.textContent).not.to.match(/^skipLinks\./);
        for (const { text, lang } of languagesOfText(el.shadowRoot!)) expect(lang, text).to.equal(locale);
        const label = el.querySelector<HTMLElement>('[data-dw-label="article.imageCredit"]')!;
        expect(label.lang).to.equal(locale);
      }
      expect(seen.size, 'a different "Skip to content" in each locale').to.equal(supportedLocales.length);
    });

    it('resolves de-AT to de and zh-Hant-TW to zh', async () => {
      expect((await withLocale('de-AT')).shadowRoot!.querySelector('a')!.textContent).to.equal('Zum Inhalt springen');
      expect((await withLocale('zh-Hant-TW')).shadowRoot!.querySelector('a')!.textContent).to.equal('跳至正文');
    });

    it('falls back to English for an unknown or malformed locale, with one warning each and no raw keys', async () => {
      for (const locale of ['xx', 'not a locale!']) {
        let el!: DwArticle;
        const warnings = await captureWarnings(async () => {
          el = await withLocale(locale);
        });
        expect(warnings.filter((w) => w.includes('is not an interface locale'))).to.have.length(1);
        expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Skip to content');
        expect(el.textContent).not.to.match(/\b(article|skipLinks|error)\.\w+/);
      }
    });

    it('tags a string that fell back to English with lang="en"', async () => {
      const t = await loadLocale('tr');
      const bundle = i18n.getResourceBundle('tr', 'translation');
      const saved = bundle.article.shortLink;
      delete bundle.article.shortLink;
      try {
        const ui = createUi('tr', t);
        expect(ui.label('article.shortLink')).to.deep.equal({ text: 'Short link', lang: 'en' });
        const el = await withLocale('tr');
        const label = el.querySelector<HTMLElement>('[data-dw-label="article.shortLink"]')!;
        expect([label.textContent, label.lang]).to.deep.equal(['Short link', 'en']);
        expect(el.querySelector<HTMLElement>('[data-dw-label="article.imageCredit"]')!.lang).to.equal('tr');
      } finally {
        bundle.article.shortLink = saved;
      }
    });

    it('uses every plural form of every locale for the reading time and the error count', async () => {
      let forms = 0;
      for (const locale of supportedLocales) {
        const ui = createUi(locale, await loadLocale(locale));
        const bundle = i18n.getResourceBundle(locale, 'translation');
        for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
          const count = numberFor(locale, category);
          const n = new Intl.NumberFormat(formatLocaleOf(locale)).format(count);
          for (const [key, strings] of [
            ['article.readingTime', bundle.article],
            ['error.more', bundle.error],
          ] as const) {
            const expected = (strings[`${key.split('.')[1]}_${category}`] as string).replace('{{n}}', n);
            expect(ui.plural(key, count), `${locale} ${category} ${count}`).to.deep.equal({
              text: expected,
              lang: locale,
            });
            forms++;
          }
        }
      }
      // en 2, de 2, ar 6, es 3, fa 2, ru 4, tr 2, zh 1 forms, for two strings.
      expect(forms).to.equal(44);
    });

    it('shows the reading time in the interface locale: the Arabic dual, the Russian few form', async () => {
      expect(readingMinutes(seedArticle)).to.equal(2);
      const arabic = await withLocale('ar');
      expect(arabic.querySelector('.dw-reading-time')!.textContent).to.equal('مدة القراءة: دقيقتان');
      const russian = await withLocale('ru');
      expect(russian.querySelector('.dw-reading-time')!.textContent).to.equal('Время чтения: 2 минуты');
    });
  });

  describe('switching', () => {
    it('ends on the last of de, ar, ru set within one frame, showing nothing else on the way', async () => {
      for (const locale of ['de', 'ar', 'ru'] as const) i18n.removeResourceBundle(locale, 'translation');
      const el = await withLocale('en');
      const shown = new Set<string>();
      const observer = new MutationObserver(() => shown.add(el.shadowRoot!.querySelector('a')!.textContent!));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      el.locale = 'de';
      el.locale = 'ar';
      el.locale = 'ru';
      await el.updateComplete;
      observer.disconnect();
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Перейти к содержанию');
      expect([...shown].filter((text) => text !== 'Skip to content')).to.deep.equal(['Перейти к содержанию']);
      expect(el.shadowRoot!.querySelector('nav')!.dir).to.equal('ltr');
    });

    it('ends on the last locale when the earlier ones are still loading', async () => {
      for (const locale of ['de', 'ar', 'ru'] as const) i18n.removeResourceBundle(locale, 'translation');
      const el = await withLocale('en');
      for (const locale of ['de', 'ar', 'ru']) {
        el.locale = locale;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Перейти к содержанию');
      expect(el.querySelector('time')!.lang).to.equal('ru');
    });

    it('falls back to English when a locale fails to load, and says so in dw-locale-error', async () => {
      i18n.removeResourceBundle('es', 'translation');
      const el = await withLocale('de');
      const { fetch } = window;
      window.fetch = (input, init) =>
        String(input).includes('/locales/es.json') ? Promise.reject(new TypeError('offline')) : fetch(input, init);
      try {
        await quietly(async () => {
          const failed = new Promise<CustomEvent>((resolve) =>
            el.addEventListener('dw-locale-error', resolve, { once: true }),
          );
          el.locale = 'es';
          const { detail } = await failed;
          expect(detail).to.deep.equal({ locale: 'es', fallback: 'en', message: 'offline' });
          await el.updateComplete;
        });
      } finally {
        window.fetch = fetch;
      }
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Skip to content');
      expect(el.querySelector('time')!.lang).to.equal('en');
    });
  });

  describe('direction', () => {
    it('lays out an Arabic interface right to left around an English article that stays left to right', async () => {
      const el = await withLocale('ar', 'menu-target="main"');
      const nav = el.shadowRoot!.querySelector('nav')!;
      expect(nav.dir).to.equal('rtl');
      expect(el.querySelector<HTMLElement>('.dw-toolbar')!.dir).to.equal('rtl');
      const article = el.querySelector('article')!;
      expect([article.lang, getComputedStyle(article).direction]).to.deep.equal(['en', 'ltr']);
      expect(getComputedStyle(el.querySelector('.dw-body p')!).direction).to.equal('ltr');
      const time = el.querySelector('time')!;
      expect([time.lang, time.dir]).to.deep.equal(['ar', 'rtl']);
      // The focused skip link sits at the inline start: the right edge, in Arabic.
      const link = nav.querySelector('a')!;
      link.focus();
      const host = el.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      expect(host.right - box.right, 'gap to the right edge').to.be.at.most(16);
      expect(box.left - host.left, 'gap to the left edge').to.be.greaterThan(host.right - box.right);
    });

    it('lays out an Arabic article right to left inside an English interface, isolating Latin runs', async () => {
      const el = await withLocale('en', `src="${rtlFixtureUrl}"`);
      await waitUntil(() => el.querySelector('article[dir="rtl"]'));
      const article = el.querySelector('article')!;
      expect([article.lang, article.dir, getComputedStyle(article).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
      const english = [...el.querySelectorAll<HTMLElement>('.dw-body p')].find((p) => p.lang === 'en')!;
      expect([english.dir, getComputedStyle(english).direction]).to.deep.equal(['ltr', 'ltr']);
      expect(el.querySelector('.dw-short-link a')!.getAttribute('dir')).to.equal('ltr');
      expect(el.querySelector('.dw-credits bdi')!.textContent).to.equal('dw-article test fixture');
      expect(el.querySelector('.dw-credit bdi')!.textContent).to.equal('dw-article test fixture');
      const time = el.querySelector('time')!;
      expect([time.lang, time.dir]).to.deep.equal(['en', 'ltr']);
      expect(el.querySelector<HTMLElement>('[data-dw-label="article.shortLink"]')!.dir).to.equal('ltr');
    });
  });

  describe('dates', () => {
    const parts = (locale: Locale, iso: string, timeZone: string) =>
      Object.fromEntries(
        new Intl.DateTimeFormat(formatLocaleOf(locale), { dateStyle: 'long', timeZone })
          .formatToParts(new Date(iso))
          .filter((part) => part.type !== 'literal')
          .map((part) => [part.type, part.value]),
      );

    it('writes Persian dates in the Solar Hijri calendar with Persian digits', async () => {
      const options = new Intl.DateTimeFormat(formatLocaleOf('fa')).resolvedOptions();
      expect([options.calendar, options.numberingSystem]).to.deep.equal(['persian', 'arabext']);
      const expected = parts('fa', '2014-12-03T00:00:00Z', 'UTC');
      expect([expected.year, expected.month, expected.day]).to.deep.equal(['۱۳۹۳', 'آذر', '۱۲']);
      const time = (await withLocale('fa')).querySelector('time')!;
      for (const value of Object.values(expected)) expect(time.textContent).to.contain(value);
    });

    it('writes Arabic dates with the Western digits DW Arabic uses', async () => {
      expect(new Intl.DateTimeFormat(formatLocaleOf('ar')).resolvedOptions().numberingSystem).to.equal('latn');
      const expected = parts('ar', '2014-12-03T00:00:00Z', 'UTC');
      expect([expected.year, expected.day]).to.deep.equal(['2014', '3']);
      const time = (await withLocale('ar')).querySelector('time')!;
      for (const value of Object.values(expected)) expect(time.textContent).to.contain(value);
    });

    it("shows a timestamp in the article's time zone, else the publisher's (Berlin)", () => {
      const late = '2014-12-03T23:30:00Z';
      expect(formatPublished(late, 'en')).to.equal('December 4, 2014');
      expect(formatPublished(late, 'en', 'America/New_York')).to.equal('December 3, 2014');
      expect(() => parseArticle({ ...seedArticle, timeZone: 'Mars/Olympus' })).to.throw(
        /timeZone: expected an IANA time zone/,
      );
    });
  });

  describe('reading time', () => {
    const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ');
    const doc = (text: string, lang: string) =>
      parseArticle({ lang, headline: { text: 'x', lang }, published: '2020-01-01', body: [{ text, lang }] });

    it('reads each part at the speed of its own language', () => {
      expect(readingMinutes(doc(words(684, 'word'), 'en'))).to.equal(3);
      expect(readingMinutes(doc(words(684, 'Wort'), 'de'))).to.equal(4);
      expect(readingMinutes(doc(words(684, 'كلمة'), 'ar'))).to.equal(5);
      // Chinese is counted in characters, 255 a minute: 1,020 characters and the headline's one.
      expect(readingMinutes(doc('学生，'.repeat(510), 'zh'))).to.equal(4);
      expect(readingMinutes(doc('Short.', 'en'))).to.equal(1);
    });
  });
});
