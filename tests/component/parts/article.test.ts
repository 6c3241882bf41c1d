import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { mixedLanguagesArticle, seedArticle } from '../../fixtures/articles.js';
import { untyped, axeViolations, languagesOfText, quietly } from '../../support/helpers.js';

function alertText(el: Element): string | undefined {
  return el.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('<dw-article> article parts', () => {
  describe('languages of the body', () => {
    it('gives every paragraph its own language, and a right-to-left one its direction', async () => {
      const el = await fixture<DwArticle>(html`<dw-article .article=${mixedLanguagesArticle}></dw-article>`);
      await el.updateComplete;
      const paragraphs = [...el.querySelectorAll('.dw-body p')];
      expect(
        paragraphs.map((p) =>
          languagesOfText(p)
            .map(({ lang }) => lang)
            .join(),
        ),
      ).to.deep.equal(['en', 'de', 'fr', 'ar', 'en']);
      expect(paragraphs.map((p) => getComputedStyle(p).direction)).to.deep.equal(['ltr', 'ltr', 'ltr', 'rtl', 'ltr']);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('optional and required parts', () => {
    it('renders a correct article without image, teaser, short link and credits: nothing empty, no orphan label', async () => {
      const { image, teaser, shortUrl, credits, ...required } = seedArticle;
      expect([image, teaser, shortUrl, credits].every(Boolean)).to.equal(true);
      const el = await fixture<DwArticle>(html`<dw-article .article=${required}></dw-article>`);
      await el.updateComplete;
      expect(el.querySelector('figure, .dw-teaser, .dw-short-link, .dw-credits')).to.equal(null);
      expect(el.querySelector('[data-dw-label="article.shortLink"], [data-dw-label="article.imageCredit"]')).to.equal(
        null,
      );
      expect(el.querySelectorAll('.dw-body p')).to.have.length(10);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('leaves out an empty caption when an image has neither caption nor credit', async () => {
      const { caption, credit, ...image } = seedArticle.image!;
      expect(caption && credit).to.be.ok;
      const el = await fixture<DwArticle>(html`<dw-article .article=${{ ...seedArticle, image }}></dw-article>`);
      await el.updateComplete;
      expect(el.querySelector('figure img')).to.exist;
      expect(el.querySelector('figure')!.children).to.have.length(1);
    });

    it('shows an error, not a blank element, without a headline or a body', async () => {
      await quietly(async () => {
        for (const [field, issue] of [
          ['headline', 'headline: required, but missing'],
          ['body', 'body: required, but missing'],
        ] as const) {
          const el = await fixture<DwArticle>(html`<dw-article></dw-article>`);
          el.article = { ...seedArticle, [field]: undefined };
          await el.updateComplete;
          expect(alertText(el)).to.contain(issue);
          expect(el.querySelector('article')).to.equal(null);
        }
      });
    });

    it('normalises language tags and never renders an empty or invalid lang', async () => {
      const el = await fixture<DwArticle>(html`<dw-article></dw-article>`);
      el.article = untyped({
        ...seedArticle,
        image: { ...seedArticle.image, caption: { text: 'Bildtext', lang: 'de_DE' } },
      });
      await el.updateComplete;
      expect(el.querySelector('.dw-caption')!.getAttribute('lang')).to.equal('de-DE');
      for (const node of el.querySelectorAll('[lang]')) {
        expect(() => Intl.getCanonicalLocales(node.getAttribute('lang')!)).not.to.throw();
        expect(node.getAttribute('lang')).not.to.equal('');
      }
    });
  });
});
