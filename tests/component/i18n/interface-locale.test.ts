import { expect, waitUntil } from '@open-wc/testing';
import { articleInMain } from '../../support/pages.js';
import { readingMinutes } from '../../../src/document/reading-time.js';
import { parseArticle } from '../../../src/document/schema.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { english } from '../../../src/i18n/english.js';
import { currentI18n } from '../../../src/i18n/i18next-instance.js';
import { defaultT, formatLocaleOf, loadLocale, supportedLocales, type Locale } from '../../../src/i18n/locales.js';

/** A loaded locale's strings, as i18next holds them (English: as the element holds them). */
const bundleOf = (locale: string) =>
  locale === 'en' ? english : currentI18n()!.getResourceBundle(locale, 'translation');
import { createInterfaceLocale } from '../../../src/i18n/interface-locale.js';
import { rightToLeftArticleUrl, seedArticle } from '../../fixtures/articles.js';
import { axeViolations, captureWarnings, languagesOfText } from '../../support/helpers.js';

/** A number whose plural category in `locale` is `category` (Spanish "many" is a million). */
function numberFor(locale: string, category: string): number {
  const rules = new Intl.PluralRules(locale);
  const candidates = [...Array.from({ length: 201 }, (_, n) => n), 1_000_000, 1.5];
  const found = candidates.find((n) => rules.select(n) === category);
  if (found === undefined) throw new Error(`no number in ${category} for ${locale}`);
  return found;
}

describe('<dw-article> in every interface locale', () => {
  describe('accessibility', () => {
    for (const locale of supportedLocales()) {
      it(`has no axe violations with the ${locale} interface`, async () => {
        const el = await articleInMain(`locale="${locale}" menu-target="main" sites-target="main"`);
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      });
    }

    it('has no axe violations for the right-to-left test fixture, in an English and an Arabic interface', async () => {
      for (const locale of ['en', 'ar']) {
        const el = await articleInMain(`locale="${locale}" src="${rightToLeftArticleUrl}"`);
        await waitUntil(() => el.querySelector('article[dir="rtl"]'));
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
        el.parentElement!.remove();
      }
    });
  });

  describe('strings', () => {
    it('speaks every locale: skip links, labels and the switcher label, tagged with the locale', async () => {
      const seen = new Set<string>();
      for (const locale of supportedLocales()) {
        const el = await articleInMain(`locale="${locale}"`);
        const skip = el.shadowRoot!.querySelector('a')!;
        seen.add(skip.textContent!);
        expect(skip.textContent).not.to.match(/^skipLinks\./);
        for (const { text, lang } of languagesOfText(el.shadowRoot!)) expect(lang, text).to.equal(locale);
        const label = el.querySelector<HTMLElement>('[data-dw-label="article.imageCredit"]')!;
        expect(label.lang).to.equal(locale);
      }
      expect(seen.size, 'a different "Skip to content" in each locale').to.equal(supportedLocales().length);
    });

    it('resolves de-AT to de and zh-Hant-TW to zh', async () => {
      expect((await articleInMain(`locale="de-AT"`)).shadowRoot!.querySelector('a')!.textContent).to.equal(
        'Zum Inhalt springen',
      );
      expect((await articleInMain(`locale="zh-Hant-TW"`)).shadowRoot!.querySelector('a')!.textContent).to.equal(
        '跳转至内容',
      );
    });

    it('falls back to English for an unknown or malformed locale, with one warning each and no raw keys', async () => {
      for (const locale of ['xx', 'not a locale!']) {
        let el!: DwArticle;
        const warnings = await captureWarnings(async () => {
          el = await articleInMain(`locale="${locale}"`);
        });
        expect(warnings.filter((w) => w.includes('is not an interface locale'))).to.have.length(1);
        expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Skip to content');
        expect(el.textContent).not.to.match(/\b(article|skipLinks|error)\.\w+/);
      }
    });

    it('tags a string that fell back to English with lang="en"', async () => {
      const t = await loadLocale('tr');
      const bundle = bundleOf('tr');
      const saved = bundle.article.shortLink;
      delete bundle.article.shortLink;
      try {
        const ui = createInterfaceLocale('tr', t);
        expect(ui.label('article.shortLink')).to.deep.equal({ text: 'Short link', lang: 'en' });
        const el = await articleInMain(`locale="tr"`);
        const label = el.querySelector<HTMLElement>('[data-dw-label="article.shortLink"]')!;
        expect([label.textContent, label.lang]).to.deep.equal(['Short link', 'en']);
        expect(el.querySelector<HTMLElement>('[data-dw-label="article.imageCredit"]')!.lang).to.equal('tr');
      } finally {
        bundle.article.shortLink = saved;
      }
    });

    it('uses every plural form of every locale for the reading time and the error count', async () => {
      let forms = 0;
      for (const locale of supportedLocales()) {
        const ui = createInterfaceLocale(locale, await loadLocale(locale));
        const bundle = bundleOf(locale);
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

    // Written out by hand, not read from the locale files under test: a wrong word in a plural
    // form (the singular for the Arabic "few") fails here, where the test above proves only
    // that each category is used.
    const goldenPlurals: Record<'ar' | 'ru', [number, string, string][]> = {
      ar: [
        // Eastern Arabic digits, as DW Arabic prints them (src/i18n/locales.ts).
        [0, 'مدة القراءة: ٠ دقيقة', '…ولا مشكلات أخرى.'],
        [1, 'مدة القراءة: دقيقة واحدة', '…ومشكلة أخرى.'],
        [2, 'مدة القراءة: دقيقتان', '…ومشكلتان أخريان.'],
        [3, 'مدة القراءة: ٣ دقائق', '…و٣ مشكلات أخرى.'],
        [10, 'مدة القراءة: ١٠ دقائق', '…و١٠ مشكلات أخرى.'],
        [11, 'مدة القراءة: ١١ دقيقة', '…و١١ مشكلة أخرى.'],
        [100, 'مدة القراءة: ١٠٠ دقيقة', '…و١٠٠ مشكلة أخرى.'],
      ],
      ru: [
        [1, 'Время чтения: 1 минута', '…и ещё 1 проблема.'],
        [21, 'Время чтения: 21 минута', '…и ещё 21 проблема.'],
        [2, 'Время чтения: 2 минуты', '…и ещё 2 проблемы.'],
        [4, 'Время чтения: 4 минуты', '…и ещё 4 проблемы.'],
        [5, 'Время чтения: 5 минут', '…и ещё 5 проблем.'],
        [11, 'Время чтения: 11 минут', '…и ещё 11 проблем.'],
        [1.5, 'Время чтения: 1,5 минуты', '…и ещё 1,5 проблемы.'],
      ],
    };
    for (const [locale, cases] of Object.entries(goldenPlurals) as ['ar' | 'ru', [number, string, string][]][]) {
      it(`says every ${locale} plural form in the words a reader expects: ${cases.map(([n]) => n).join(', ')}`, async () => {
        const ui = createInterfaceLocale(locale, await loadLocale(locale));
        const said = cases.map(([n]) => [n, ui.plural('article.readingTime', n).text, ui.plural('error.more', n).text]);
        expect(said).to.deep.equal(cases);
        // Every category of the language is among the cases.
        const rules = new Intl.PluralRules(locale);
        expect(new Set(cases.map(([n]) => rules.select(n)))).to.have.lengthOf(
          rules.resolvedOptions().pluralCategories.length,
        );
      });
    }

    it('shows the reading time in the interface locale: the Arabic dual, the Russian few form', async () => {
      expect(readingMinutes(seedArticle)).to.equal(2);
      const arabic = await articleInMain(`locale="ar"`);
      expect(arabic.querySelector('.dw-reading-time')!.textContent).to.equal('مدة القراءة: دقيقتان');
      const russian = await articleInMain(`locale="ru"`);
      expect(russian.querySelector('.dw-reading-time')!.textContent).to.equal('Время чтения: 2 минуты');
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
      const time = (await articleInMain(`locale="fa"`)).querySelector('time')!;
      for (const value of Object.values(expected)) expect(time.textContent).to.contain(value);
    });

    it('writes Arabic dates with the Eastern Arabic digits of DW Arabic’s datelines, in every engine', async () => {
      expect(new Intl.DateTimeFormat(formatLocaleOf('ar')).resolvedOptions().numberingSystem).to.equal('arab');
      const expected = parts('ar', '2014-12-03T00:00:00Z', 'UTC');
      expect([expected.year, expected.day]).to.deep.equal(['٢٠١٤', '٣']);
      const time = (await articleInMain(`locale="ar"`)).querySelector('time')!;
      for (const value of Object.values(expected)) expect(time.textContent).to.contain(value);
    });

    it("shows a timestamp in the article's time zone, else the publisher's (Berlin)", () => {
      const late = '2014-12-03T23:30:00Z';
      const english = createInterfaceLocale('en', defaultT);
      expect(english.date(late)).to.equal('December 4, 2014');
      expect(english.date(late, 'America/New_York')).to.equal('December 3, 2014');
      expect(() => parseArticle({ ...seedArticle, timeZone: 'Mars/Olympus' })).to.throw(
        /timeZone: expected an IANA time zone/,
      );
    });
  });
});
