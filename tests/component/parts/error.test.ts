import { expect, fixture } from '@open-wc/testing';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { brokenArticle } from '../../fixtures/articles.js';
import { untyped, languagesOfText, quietly } from '../../support/helpers.js';

/** An element in `locale` showing the error state for the broken fixture. */
async function brokenIn(locale: string): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(`<main><dw-article locale="${locale}"></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  await quietly(async () => {
    el.article = untyped(brokenArticle);
    await el.updateComplete;
  });
  return el;
}

/** The error box's language and direction, and its field list's, as plain values. */
function errorLanguages(el: DwArticle) {
  const box = el.querySelector('.dw-error')!;
  const issues = box.querySelector('.dw-issues')!;
  return {
    box: { lang: box.getAttribute('lang'), dir: box.getAttribute('dir'), computed: getComputedStyle(box).direction },
    issues: {
      lang: issues.getAttribute('lang'),
      dir: issues.getAttribute('dir'),
      computed: getComputedStyle(issues).direction,
    },
  };
}

describe('<dw-article> error state', () => {
  for (const [locale, dir] of [
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['de', 'ltr'],
  ] as const) {
    it(`under a ${locale} interface: the message in ${locale} and ${dir}, the English field list in en and ltr`, async () => {
      const el = await brokenIn(locale);
      expect(errorLanguages(el)).to.deep.equal({
        box: { lang: locale, dir, computed: dir },
        issues: { lang: 'en', dir: 'ltr', computed: 'ltr' },
      });
      const texts = languagesOfText(el.querySelector('.dw-error')!);
      const fieldLines = texts.filter(({ text }) => /^(headline|body|published)/.test(text));
      expect(fieldLines.length, JSON.stringify(texts)).to.be.greaterThan(0);
      expect([...new Set(fieldLines.map(({ lang }) => lang))]).to.deep.equal(['en']);
      expect(texts[0].lang).to.equal(locale);
    });
  }
});
